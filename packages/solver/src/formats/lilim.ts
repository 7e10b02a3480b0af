import type { Problem, Shipment } from "../types.js";
import { FormatError, integers, numericLines, routeCost, type BenchInstance, type Point } from "./instance.js";

/** Times and distances are kept in thousandths; travel times are rounded up so that any plan feasible here is feasible in exact arithmetic. */
const SCALE = 1000;

/** Fixed cost per vehicle so that fewer vehicles always win (the set ranks vehicles first). */
const VEHICLE_COST = 1e9;

/** Reads a Li & Lim PDPTW text file (float Euclidean distances, vehicles ranked first). */
export function parseLiLim(text: string, file: string): BenchInstance {
  const lines = numericLines(text);
  const first = lines[0];
  if (!first) throw new FormatError(file, 1, "empty file");
  const [fleet, capacity] = integers(file, first.line, first.fields, 3, "`vehicles capacity speed`");
  const rows = lines.slice(1).map((l) => ({ line: l.line, f: integers(file, l.line, l.fields, 9, "task row: index x y demand earliest latest service pickup delivery") }));
  if (rows.length < 3) throw new FormatError(file, first.line, "expected a depot row and at least one pickup and delivery");
  rows.forEach((r, i) => {
    if (r.f[0] !== i) throw new FormatError(file, r.line, `index ${r.f[0]} out of sequence, expected ${i}`);
  });
  const points: Point[] = rows.map((r) => ({ id: r.f[0]!, x: r.f[1]!, y: r.f[2]! }));
  const exact = points.map((a) => points.map((b) => Math.hypot(a.x - b.x, a.y - b.y)));
  const shipments: Shipment[] = [];
  for (const r of rows.slice(1)) {
    const [id, , , demand, ready, due, service, pickup, delivery] = r.f as [number, number, number, number, number, number, number, number, number];
    if (pickup !== 0) continue;
    const d = rows[delivery];
    if (!d || d.f[7] !== id) throw new FormatError(file, r.line, `pickup ${id} names delivery ${delivery}, whose row does not name it back`);
    if (demand < 0) throw new FormatError(file, r.line, `pickup ${id} has a negative demand ${demand}`);
    shipments.push({
      pickup: { id, location: id, service: service * SCALE, timeWindows: [[ready * SCALE, due * SCALE]] },
      delivery: { id: delivery, location: delivery, service: d.f[6]! * SCALE, timeWindows: [[d.f[4]! * SCALE, d.f[5]! * SCALE]] },
      amount: [demand],
    });
  }
  const depot = rows[0]!.f;
  const name = file.replace(/^.*[\\/]/, "").replace(/\.[^.]+$/, "");
  const problem: Problem = {
    version: 1,
    name,
    matrices: {
      car: {
        durations: exact.map((row) => row.map((d) => Math.ceil(d * SCALE - 1e-6))),
        distances: exact.map((row) => row.map((d) => Math.round(d * SCALE))),
      },
    },
    shipments,
    vehicles: Array.from({ length: fleet! }, (_, i) => ({
      id: i + 1,
      start: 0,
      end: 0,
      capacity: [capacity!],
      timeWindow: [depot[4]! * SCALE, depot[5]! * SCALE] as [number, number],
      costs: { fixed: VEHICLE_COST, perHour: 0, perKm: 1000 },
    })),
  };
  const byId = new Map(points.map((p) => [p.id, p]));
  return { name, format: "lilim", problem, cost: (routes) => routeCost(routes, points[0]!, byId, (a, b) => Math.hypot(a.x - b.x, a.y - b.y)) };
}
