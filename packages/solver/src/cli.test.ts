import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const bin = new URL("../bin/tournee-solve.js", import.meta.url).pathname;
const fixture = (name: string) => new URL(`../fixtures/${name}`, import.meta.url).pathname;

describe("tournee-solve", () => {
  it("solves an instance file and writes the solution JSON", () => {
    const out = join(mkdtempSync(join(tmpdir(), "cli-")), "s.json");
    execFileSync(process.execPath, [bin, fixture("c101-first-10.txt"), "--iterations", "300", "--seed", "2", "--output", out]);
    const s = JSON.parse(readFileSync(out, "utf8")) as { instance: string; routes: number[][]; cost: number; vehicles: number; unassigned: number[]; runtimeSeconds: number };
    expect(s.instance).toBe("C101");
    expect(s.routes.flat().sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(s.vehicles).toBe(s.routes.length);
    expect(s.unassigned).toEqual([]);
    expect(s.cost).toBeGreaterThan(0);
  }, 30000);

  it("fails with the line and the problem for a malformed instance", () => {
    let message = "";
    try {
      execFileSync(process.execPath, [bin, fixture("tiny.vrp").replace("tiny.vrp", "missing.vrp")], { stdio: "pipe" });
    } catch (e) {
      message = String((e as { stderr: Buffer }).stderr);
    }
    expect(message).toMatch(/tournee-solve: .*missing.vrp/);
  }, 30000);
});
