import type { Job, Problem } from "../types.js";
import { euclidean, FormatError, integers, numericLines, routeCost, type BenchInstance, type Point } from "./instance.js";

/** DIMACS convention: distances truncated to one decimal; the model works in tenths. */
const tenths = (d: number) => Math.floor(d * 10);

/** Reads a Solomon / Gehring–Homberger VRPTW text file (DIMACS distance convention). */
export function parseSolomon(text: string, file: string): BenchInstance {
  const lines = numericLines(text);
  const name = lines[0]?.fields.join(" ") ?? file;
  const vi = lines.findIndex((l) => /^NUMBER$/i.test(l.fields[0] ?? "") && /^CAPACITY$/i.test(l.fields[1] ?? ""));
  if (vi < 0) throw new FormatError(file, lines[0]?.line ?? 1, 'missing the "NUMBER CAPACITY" vehicle header');
  const fleetLine = lines[vi + 1];
  if (!fleetLine) throw new FormatError(file, lines[vi]!.line, "missing the fleet size and capacity line");
  const [fleet, capacity] = integers(file, fleetLine.line, fleetLine.fields, 2, "fleet size and capacity");
  const ci = lines.findIndex((l) => /^CUST/i.test(l.fields[0] ?? "") && /^NO/i.test(l.fields[1] ?? ""));
  if (ci < 0) throw new FormatError(file, fleetLine.line, 'missing the "CUST NO." column header');
  const rows = lines.slice(ci + 1).map((l) => ({ line: l.line, f: integers(file, l.line, l.fields, 7, "customer row: id x y demand ready due service") }));
  if (rows.length < 2) throw new FormatError(file, lines[ci]!.line, "expected a depot row and at least one customer");
  const points: Point[] = rows.map((r) => ({ id: r.f[0]!, x: r.f[1]!, y: r.f[2]! }));
  rows.forEach((r, i) => {
    if (r.f[0] !== i) throw new FormatError(file, r.line, `customer number ${r.f[0]} out of sequence, expected ${i}`);
    if (r.f[4]! > r.f[5]!) throw new FormatError(file, r.line, `ready time ${r.f[4]} after due date ${r.f[5]}`);
  });
  const depot = rows[0]!.f;
  const matrix = euclidean(points, tenths);
  const jobs: Job[] = rows.slice(1).map((r, i) => ({
    id: r.f[0]!,
    location: i + 1,
    service: r.f[6]! * 10,
    delivery: [r.f[3]!],
    timeWindows: [[r.f[4]! * 10, r.f[5]! * 10]],
  }));
  const problem: Problem = {
    version: 1,
    name,
    matrices: { car: { durations: matrix } },
    jobs,
    vehicles: Array.from({ length: fleet! }, (_, i) => ({
      id: i + 1,
      start: 0,
      end: 0,
      capacity: [capacity!],
      timeWindow: [depot[4]! * 10, depot[5]! * 10] as [number, number],
      costs: { perHour: 0, perKm: 1000 },
    })),
  };
  const byId = new Map(points.map((p) => [p.id, p]));
  return {
    name,
    format: "solomon",
    problem,
    cost: (routes) => routeCost(routes, points[0]!, byId, (a, b) => tenths(Math.hypot(a.x - b.x, a.y - b.y))) / 10,
  };
}
