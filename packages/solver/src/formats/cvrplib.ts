import type { Problem } from "../types.js";
import { euclidean, FormatError, integers, numericLines, routeCost, type BenchInstance, type Point } from "./instance.js";

const nint = (d: number) => Math.floor(d + 0.5);

/** Reads a CVRPLIB / TSPLIB `.vrp` file (EUC_2D, rounded distances). */
export function parseCvrplib(text: string, file: string): BenchInstance {
  const header = new Map<string, string>();
  const coords = new Map<number, Point>();
  const demand = new Map<number, number>();
  let depot = -1;
  let section = "";
  for (const { line, fields } of numericLines(text)) {
    const head = fields.join(" ");
    const kv = head.match(/^([A-Z_]+)\s*:\s*(.*)$/);
    if (kv) {
      header.set(kv[1]!, kv[2]!.trim());
      continue;
    }
    if (/^[A-Z_]+$/.test(fields[0]!)) {
      section = fields[0]!;
      if (section === "EOF") break;
      continue;
    }
    if (section === "NODE_COORD_SECTION") {
      const [id, x, y] = fields.slice(0, 3).map(Number);
      if (fields.length < 3 || [id, x, y].some((v) => !Number.isFinite(v))) throw new FormatError(file, line, "expected `id x y`");
      coords.set(id!, { id: id!, x: x!, y: y! });
    } else if (section === "DEMAND_SECTION") {
      const [id, q] = integers(file, line, fields, 2, "`id demand`");
      if (!coords.has(id!)) throw new FormatError(file, line, `demand for node ${id} which has no coordinates`);
      demand.set(id!, q!);
    } else if (section === "DEPOT_SECTION") {
      const [id] = integers(file, line, fields, 1, "depot id");
      if (id! > 0 && depot < 0) depot = id!;
    } else throw new FormatError(file, line, `data outside a known section (${section || "none"})`);
  }
  const name = header.get("NAME") ?? file;
  const capacity = Number(header.get("CAPACITY"));
  if (!Number.isInteger(capacity) || capacity <= 0) throw new FormatError(file, 1, "missing or invalid `CAPACITY : n` header");
  const type = header.get("EDGE_WEIGHT_TYPE") ?? "EUC_2D";
  if (type !== "EUC_2D") throw new FormatError(file, 1, `EDGE_WEIGHT_TYPE ${type} is not supported (only EUC_2D)`);
  const dimension = Number(header.get("DIMENSION"));
  if (coords.size !== dimension) throw new FormatError(file, 1, `DIMENSION is ${dimension} but ${coords.size} coordinates were read`);
  if (depot < 0) depot = Math.min(...coords.keys());
  const ids = [depot, ...[...coords.keys()].filter((id) => id !== depot).sort((a, b) => a - b)];
  const points = ids.map((id) => coords.get(id)!);
  const matrix = euclidean(points, nint);
  const total = ids.reduce((s, id) => s + (demand.get(id) ?? 0), 0);
  const minRoutes = Math.ceil(total / capacity);
  const fleet = Math.ceil(minRoutes * 1.15) + 2;
  const problem: Problem = {
    version: 1,
    name,
    matrices: { car: { durations: matrix } },
    jobs: ids.slice(1).map((id, i) => ({ id, location: i + 1, delivery: [demand.get(id) ?? 0] })),
    vehicles: Array.from({ length: fleet }, (_, i) => ({ id: i + 1, start: 0, end: 0, capacity: [capacity], costs: { perHour: 0, perKm: 1000 } })),
  };
  const byId = new Map(points.map((p) => [p.id, p]));
  return {
    name,
    format: "cvrplib",
    problem,
    cost: (routes) => routeCost(routes, points[0]!, byId, (a, b) => nint(Math.hypot(a.x - b.x, a.y - b.y))),
  };
}
