import type { Problem, TimeWindow } from "./types.js";

/** A problem that cannot be solved as written; `path` points at the offending field. */
export class ProblemError extends Error {
  constructor(
    readonly path: string,
    problem: string,
  ) {
    super(`${path}: ${problem}`);
    this.name = "ProblemError";
  }
}

function isInt(x: unknown): x is number {
  return typeof x === "number" && Number.isInteger(x);
}

function checkWindows(path: string, tws: TimeWindow[] | undefined): void {
  if (tws === undefined) return;
  if (!Array.isArray(tws) || tws.length === 0) throw new ProblemError(path, "must be a non-empty list of [start, end]");
  tws.forEach((tw, i) => {
    if (!Array.isArray(tw) || tw.length !== 2 || !isInt(tw[0]) || !isInt(tw[1]) || tw[0] > tw[1])
      throw new ProblemError(`${path}[${i}]`, "must be [start, end] integers with start <= end");
  });
}

function checkAmounts(path: string, a: number[] | undefined, dims: number): void {
  if (a === undefined) return;
  if (!Array.isArray(a) || a.length !== dims || !a.every((x) => isInt(x) && x >= 0))
    throw new ProblemError(path, `must be ${dims} non-negative integers (one per capacity dimension)`);
}

/** Number of capacity dimensions: the longest amount or capacity list in the problem. */
export function dimensions(p: Problem): number {
  let d = 0;
  for (const j of p.jobs ?? []) d = Math.max(d, j.delivery?.length ?? 0, j.pickup?.length ?? 0);
  for (const s of p.shipments ?? []) d = Math.max(d, s.amount?.length ?? 0, s.depotLoad?.length ?? 0);
  for (const v of p.vehicles) d = Math.max(d, v.capacity?.length ?? 0);
  return d;
}

/** Throws a ProblemError naming the first field that is wrong. */
export function validateProblem(p: Problem): void {
  if (p === null || typeof p !== "object") throw new ProblemError("problem", "must be an object");
  if (p.version !== 1) throw new ProblemError("version", `must be 1 (got ${String(p.version)})`);
  const profiles = Object.keys(p.matrices ?? {});
  if (profiles.length === 0) throw new ProblemError("matrices", "must hold at least one profile");
  let size = -1;
  for (const name of profiles) {
    const m = p.matrices[name]!;
    for (const key of ["durations", "distances"] as const) {
      const rows = m[key];
      if (rows === undefined && key === "distances") continue;
      const path = `matrices.${name}.${key}`;
      if (!Array.isArray(rows)) throw new ProblemError(path, "must be a square matrix of integers");
      if (size < 0) size = rows.length;
      if (rows.length !== size) throw new ProblemError(path, `has ${rows.length} rows, expected ${size}`);
      rows.forEach((row, i) => {
        if (!Array.isArray(row) || row.length !== size || !row.every((x) => isInt(x) && x >= 0))
          throw new ProblemError(`${path}[${i}]`, `must be ${size} non-negative integers`);
      });
    }
  }
  const dims = dimensions(p);
  const ids = new Set<string>();
  const claim = (path: string, id: unknown) => {
    if (typeof id !== "number" && typeof id !== "string") throw new ProblemError(path, "must be a number or a string");
    const key = String(id);
    if (ids.has(key)) throw new ProblemError(path, `id ${key} is used twice (job, shipment step and break ids share one namespace)`);
    ids.add(key);
  };
  const checkLocation = (path: string, loc: unknown) => {
    if (!isInt(loc) || loc < 0 || loc >= size) throw new ProblemError(path, `must be a matrix index in 0..${size - 1}`);
  };
  const checkCommon = (path: string, x: { service?: number; setup?: number; timeWindows?: TimeWindow[] }) => {
    for (const k of ["service", "setup"] as const) {
      const v = x[k];
      if (v !== undefined && (!isInt(v) || v < 0)) throw new ProblemError(`${path}.${k}`, "must be a non-negative integer");
    }
    checkWindows(`${path}.timeWindows`, x.timeWindows);
  };
  const checkPriority = (path: string, v: number | undefined) => {
    if (v !== undefined && (!isInt(v) || v < 0 || v > 100)) throw new ProblemError(path, "must be an integer in 0..100");
  };
  const vehicleIds = new Set(Array.isArray(p.vehicles) ? p.vehicles.map((v) => String(v.id)) : []);
  const checkPreference = (path: string, pref: { vehicle: unknown; cost: unknown } | undefined) => {
    if (pref === undefined) return;
    if (!vehicleIds.has(String(pref.vehicle))) throw new ProblemError(`${path}.vehicle`, `unknown vehicle ${String(pref.vehicle)}`);
    if (typeof pref.cost !== "number" || !(pref.cost >= 0) || !Number.isFinite(pref.cost)) throw new ProblemError(`${path}.cost`, "must be a finite number >= 0");
  };
  (p.jobs ?? []).forEach((j, i) => {
    const path = `jobs[${i}]`;
    checkPreference(`${path}.preference`, j.preference);
    claim(`${path}.id`, j.id);
    checkLocation(`${path}.location`, j.location);
    checkCommon(path, j);
    checkAmounts(`${path}.delivery`, j.delivery, dims);
    checkAmounts(`${path}.pickup`, j.pickup, dims);
    checkPriority(`${path}.priority`, j.priority);
    if (j.softWindow && (!isInt(j.softWindow.end) || !(j.softWindow.costPerSecond >= 0)))
      throw new ProblemError(`${path}.softWindow`, "must be { end: integer, costPerSecond: number >= 0 }");
  });
  (p.shipments ?? []).forEach((s, i) => {
    const path = `shipments[${i}]`;
    for (const side of ["pickup", "delivery"] as const) {
      claim(`${path}.${side}.id`, s[side]?.id);
      checkLocation(`${path}.${side}.location`, s[side].location);
      checkCommon(`${path}.${side}`, s[side]);
    }
    checkAmounts(`${path}.amount`, s.amount, dims);
    checkAmounts(`${path}.depotLoad`, s.depotLoad, dims);
    checkPriority(`${path}.priority`, s.priority);
    checkPreference(`${path}.preference`, s.preference);
  });
  if (!Array.isArray(p.vehicles) || p.vehicles.length === 0) throw new ProblemError("vehicles", "must list at least one vehicle");
  const seenVehicles = new Set<string>();
  p.vehicles.forEach((v, i) => {
    const path = `vehicles[${i}]`;
    if (seenVehicles.has(String(v.id))) throw new ProblemError(`${path}.id`, `vehicle id ${String(v.id)} is used twice`);
    seenVehicles.add(String(v.id));
    if (v.start !== undefined) checkLocation(`${path}.start`, v.start);
    if (v.end !== undefined) checkLocation(`${path}.end`, v.end);
    checkAmounts(`${path}.capacity`, v.capacity, dims);
    if (v.timeWindow) checkWindows(`${path}.timeWindow`, [v.timeWindow]);
    const profile = v.profile ?? (profiles.length === 1 ? profiles[0] : "car");
    if (!profile || !p.matrices[profile]) throw new ProblemError(`${path}.profile`, `no matrices for profile "${String(profile)}"`);
    if (v.speedFactor !== undefined && !(v.speedFactor > 0)) throw new ProblemError(`${path}.speedFactor`, "must be positive");
    if (v.reload !== undefined) {
      if (v.reload === null || typeof v.reload !== "object") throw new ProblemError(`${path}.reload`, "must be { location?, duration?, maxTrips? }");
      if (v.reload.location !== undefined) checkLocation(`${path}.reload.location`, v.reload.location);
      else if (v.end === undefined && v.start === undefined) throw new ProblemError(`${path}.reload.location`, "is needed when the vehicle has neither start nor end");
      if (v.reload.duration !== undefined && (!isInt(v.reload.duration) || v.reload.duration < 0)) throw new ProblemError(`${path}.reload.duration`, "must be a non-negative integer");
      if (v.reload.maxTrips !== undefined && (!isInt(v.reload.maxTrips) || v.reload.maxTrips < 1)) throw new ProblemError(`${path}.reload.maxTrips`, "must be an integer >= 1");
    }
    for (const k of ["maxTravelTime", "maxStops", "maxWorkingTime"] as const) {
      const x = v[k];
      if (x !== undefined && (!isInt(x) || x < 0)) throw new ProblemError(`${path}.${k}`, "must be a non-negative integer");
    }
    (v.breaks ?? []).forEach((b, k) => {
      claim(`${path}.breaks[${k}].id`, b.id);
      checkWindows(`${path}.breaks[${k}].timeWindows`, b.timeWindows);
      if (!isInt(b.duration) || b.duration < 0) throw new ProblemError(`${path}.breaks[${k}].duration`, "must be a non-negative integer");
      checkAmounts(`${path}.breaks[${k}].maxLoad`, b.maxLoad, dims);
    });
  });
}
