import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { resolveVapidKeys, VAPID_FILE } from "./vapid-keys.js";

const dirs: string[] = [];
const dataDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), "tournee-vapid-"));
  dirs.push(dir);
  return path.join(dir, "data");
};
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe("the VAPID keys", () => {
  it("are made on first start in the data folder, readable by their owner only, and kept across starts", () => {
    const dir = dataDir();
    const first = resolveVapidKeys({ TOURNEE_DATA_DIR: dir });
    expect(first.TOURNEE_VAPID_PUBLIC_KEY).toMatch(/^[A-Za-z0-9_-]{87}$/); // a P-256 point, uncompressed, base64url
    expect(first.TOURNEE_VAPID_PRIVATE_KEY).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(statSync(path.join(dir, VAPID_FILE)).mode & 0o777).toBe(0o600);
    expect(resolveVapidKeys({ TOURNEE_DATA_DIR: dir })).toEqual(first);
  });

  it("are the pair given in the environment, and a file that holds no pair is refused with what to do", () => {
    const dir = dataDir();
    expect(resolveVapidKeys({ TOURNEE_DATA_DIR: dir, TOURNEE_VAPID_PUBLIC_KEY: "pub", TOURNEE_VAPID_PRIVATE_KEY: "priv" })).toEqual({ TOURNEE_VAPID_PUBLIC_KEY: "pub", TOURNEE_VAPID_PRIVATE_KEY: "priv" });
    resolveVapidKeys({ TOURNEE_DATA_DIR: dir });
    writeFileSync(path.join(dir, VAPID_FILE), "not json");
    expect(() => resolveVapidKeys({ TOURNEE_DATA_DIR: dir })).toThrow(/holds no VAPID key pair: remove it/);
  });
});
