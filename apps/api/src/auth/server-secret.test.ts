import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { hashLoginCode } from "./login-code-hash.js";
import { resolveServerSecret, SECRET_FILE } from "./server-secret.js";

const dirs: string[] = [];
const dataDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), "tournee-secret-"));
  dirs.push(dir);
  return path.join(dir, "data");
};
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe("the server secret", () => {
  it("is made on first start in the data folder, readable by its owner only, and kept", () => {
    const dir = dataDir();
    const first = resolveServerSecret({ TOURNEE_DATA_DIR: dir });
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(statSync(path.join(dir, SECRET_FILE)).mode & 0o777).toBe(0o600);
    expect(resolveServerSecret({ TOURNEE_DATA_DIR: dir })).toBe(first);
    expect(readFileSync(path.join(dir, SECRET_FILE), "utf8").trim()).toBe(first);
  });

  it("is TOURNEE_SECRET when given, and a file too short to be a secret is refused", () => {
    const dir = dataDir();
    const given = "x".repeat(40);
    expect(resolveServerSecret({ TOURNEE_SECRET: given, TOURNEE_DATA_DIR: dir })).toBe(given);
    resolveServerSecret({ TOURNEE_DATA_DIR: dir });
    writeFileSync(path.join(dir, SECRET_FILE), "short\n");
    expect(() => resolveServerSecret({ TOURNEE_DATA_DIR: dir })).toThrow(/no usable secret/);
  });

  it("keys the codes' hashes: the same code under two secrets gives two unrelated values", () => {
    expect(hashLoginCode("24681357", "a".repeat(40))).not.toBe(hashLoginCode("24681357", "b".repeat(40)));
    expect(hashLoginCode("24681357", "a".repeat(40))).toMatch(/^[0-9a-f]{64}$/);
  });
});
