import type { Problem } from "../types.js";

/** A benchmark instance converted to a Problem, with the set's own cost convention. */
export interface BenchInstance {
  name: string;
  format: "solomon" | "cvrplib" | "lilim" | "json";
  problem: Problem;
  /** Total cost of routes (lists of ids as written in the file) in the set's convention. */
  cost(routes: (number | string)[][]): number;
}

/** An instance file that cannot be read; names the line and what is wrong. */
export class FormatError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    problem: string,
  ) {
    super(`${file}:${line}: ${problem}`);
    this.name = "FormatError";
  }
}

export interface Point {
  id: number;
  x: number;
  y: number;
}

/** Integer rows of numbers, keeping their 1-based line numbers. */
export function numericLines(text: string): { line: number; fields: string[] }[] {
  return text
    .split(/\r?\n/)
    .map((l, i) => ({ line: i + 1, fields: l.trim().split(/\s+/).filter(Boolean) }))
    .filter((l) => l.fields.length > 0);
}

export function integers(file: string, line: number, fields: string[], count: number, what: string): number[] {
  if (fields.length < count) throw new FormatError(file, line, `expected ${count} numbers (${what}), found ${fields.length}`);
  return fields.slice(0, count).map((f, i) => {
    const x = Number(f);
    if (!Number.isFinite(x) || !Number.isInteger(x)) throw new FormatError(file, line, `field ${i + 1} of ${what} must be an integer, found "${f}"`);
    return x;
  });
}

/** Square matrix of scaled Euclidean distances between points. */
export function euclidean(points: Point[], measure: (d: number) => number): number[][] {
  return points.map((a) => points.map((b) => measure(Math.hypot(a.x - b.x, a.y - b.y))));
}

/** Sums a distance function over routes that start and end at the depot. */
export function routeCost(routes: (number | string)[][], depot: Point, byId: Map<number, Point>, d: (a: Point, b: Point) => number): number {
  let total = 0;
  for (const route of routes) {
    if (route.length === 0) continue;
    let prev = depot;
    for (const id of route) {
      const p = byId.get(Number(id));
      if (!p) throw new Error(`route uses unknown id ${String(id)}`);
      total += d(prev, p);
      prev = p;
    }
    total += d(prev, depot);
  }
  return total;
}
