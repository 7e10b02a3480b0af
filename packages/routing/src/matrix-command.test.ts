import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runMatrixCommand, type CommandIo } from "./matrix-command.js";
import { startFixtureServer, type FixtureServer } from "./test-support/osrm-fixture-server.js";
import { andorraTable, fixtureCoordinates, loadFixture } from "./test-support/osrm-fixtures.js";

const andorra = andorraTable();
let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer({ fixtures: [loadFixture("table-far-point-snapped")], table: loadFixture("table-andorra-25") });
});
afterAll(() => server.close());

function io(files: Record<string, string>, env: Record<string, string> = {}): CommandIo & { out: string; err: string } {
  const captured = {
    out: "",
    err: "",
    env,
    readText: async (path: string) => {
      const text = files[path];
      if (text === undefined) throw new Error(`ENOENT: no such file, open '${path}'`);
      return text;
    },
    stdout: (text: string) => void (captured.out += text),
    stderr: (text: string) => void (captured.err += text),
  };
  return captured;
}

describe("tournee-matrix", () => {
  it("prints OSRM's matrix for the points file, from --osrm", async () => {
    const run = io({ "points.json": JSON.stringify(andorra.coordinates.slice(0, 3)) });
    expect(await runMatrixCommand(["--points", "points.json", "--osrm", server.url], run)).toBe(0);
    const printed = JSON.parse(run.out) as { provider: string; durations: number[][]; distances: number[][] };
    expect(Object.keys(printed)).toEqual(["provider", "durations", "distances"]);
    expect(printed.provider).toBe("osrm");
    expect(printed.durations[0]).toEqual([0, 429, 343]);
    expect(printed.distances[0]).toEqual([0, 6036, 4843]);
  });

  it("uses OSRM_URL when --osrm is not given, and the estimate without either", async () => {
    const points = { "p.json": JSON.stringify(andorra.coordinates.slice(0, 2)) };
    const withEnv = io(points, { OSRM_URL: server.url });
    await runMatrixCommand(["--points", "p.json"], withEnv);
    expect(JSON.parse(withEnv.out).provider).toBe("osrm");
    const without = io(points);
    expect(await runMatrixCommand(["--points", "p.json"], without)).toBe(0);
    expect(JSON.parse(without.out).provider).toBe("estimate");
    expect(without.err).toBe("warning: no routing server configured: durations and distances are estimated\n");
  });

  it("exits 2 with a message a person can act on for bad input", async () => {
    const missing = io({});
    expect(await runMatrixCommand([], missing)).toBe(2);
    expect(missing.err).toContain("--points is required");
    const invalid = io({ "p.json": "[[1.5, 95]]" });
    expect(await runMatrixCommand(["--points", "p.json"], invalid)).toBe(2);
    expect(invalid.err).toBe("error: stop #0 (1.5,95) has an invalid position (latitude must be between -90 and 90): place its pin on the map\n");
    const notJson = io({ "p.json": "lon,lat" });
    expect(await runMatrixCommand(["--points", "p.json"], notJson)).toBe(2);
    expect(notJson.err).toContain("p.json is not JSON");
  });

  it("refuses a point far from any road by default, and takes it with --max-snap", async () => {
    const far = { "far.json": JSON.stringify(fixtureCoordinates(loadFixture("table-far-point-snapped"))) };
    const strict = io(far);
    expect(await runMatrixCommand(["--points", "far.json", "--osrm", server.url], strict)).toBe(2);
    expect(strict.err).toContain("112 km from any road");
    const relaxed = io(far);
    expect(await runMatrixCommand(["--points", "far.json", "--osrm", server.url, "--max-snap", "150000"], relaxed)).toBe(0);
    expect(JSON.parse(relaxed.out).provider).toBe("osrm");
    expect(relaxed.err).toContain("warning: stop #1");
    const wrong = io(far);
    expect(await runMatrixCommand(["--points", "far.json", "--max-snap", "beaucoup"], wrong)).toBe(2);
    expect(wrong.err).toContain('--max-snap must be a distance in metres above 0, got "beaucoup"');
  });
});
