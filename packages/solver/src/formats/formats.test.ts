import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseInstance } from "./index.js";
import { solveSync } from "../solve.js";

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), "utf8");

describe("benchmark formats", () => {
  it("reads Solomon text with DIMACS distances (tenths, truncated)", () => {
    const inst = parseInstance(fixture("c101-first-10.txt"), "c101.txt");
    expect(inst.format).toBe("solomon");
    expect(inst.name).toBe("C101");
    expect(inst.problem.jobs).toHaveLength(10);
    expect(inst.problem.vehicles).toHaveLength(25);
    expect(inst.problem.jobs![0]).toMatchObject({ id: 1, service: 900, delivery: [10], timeWindows: [[9120, 9670]] });
    expect(inst.problem.matrices.car!.durations[0]![1]).toBe(186); // floor(10 * sqrt(5² + 18²))
    expect(inst.cost([[1]])).toBeCloseTo(37.2, 9);
  });

  it("reads CVRPLIB with rounded distances and the depot first", () => {
    const inst = parseInstance(fixture("tiny.vrp"), "tiny.vrp");
    expect(inst.format).toBe("cvrplib");
    expect(inst.problem.jobs!.map((j) => j.id)).toEqual([2, 3, 4, 5]);
    const s = solveSync(inst.problem, { iterationLimit: 200 });
    expect(s.routes).toHaveLength(2);
    expect(s.cost).toBe(80);
  });

  it("reads Li & Lim pickup and delivery pairs", () => {
    const inst = parseInstance(fixture("lilim-tiny.txt"), "lilim-tiny.txt");
    expect(inst.format).toBe("lilim");
    expect(inst.problem.shipments!.map((s) => [s.pickup.id, s.delivery.id, s.amount])).toEqual([[3, 1, [10]], [4, 2, [20]]]);
    const s = solveSync(inst.problem, { iterationLimit: 200 });
    expect(s.unassigned).toEqual([]);
    expect(s.routes).toHaveLength(1); // vehicles are ranked first
  });

  it("names the line and the problem in a malformed file", () => {
    const broken = fixture("c101-first-10.txt").replace("    5      42         65", "    5      42         x5");
    expect(() => parseInstance(broken, "c101.txt")).toThrow(/c101.txt:15: field 3 of customer row.*must be an integer, found "x5"/);
    const pairless = fixture("lilim-tiny.txt").replace("3\t42\t66\t10\t0\t900\t90\t0\t1", "3\t42\t66\t10\t0\t900\t90\t0\t2");
    expect(() => parseInstance(pairless, "l.txt")).toThrow(/l.txt:5: pickup 3 names delivery 2/);
    expect(() => parseInstance(fixture("tiny.vrp").replace("3\t5\n", "3\tfive\n"), "t.vrp")).toThrow(/t.vrp:16: field 2/);
    expect(() => parseInstance("hello\n", "x.txt")).toThrow(/x.txt:1: unrecognised format/);
    expect(() => parseInstance('{"version": 2}', "p.json")).toThrow(/version: must be 1/);
  });
});
