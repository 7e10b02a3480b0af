import { bestJobInsertion, type Insertion } from "./insert.js";
import { commitRoutes } from "./commit-routes.js";
import { JOB, type Model } from "./model.js";
import type { PlanState } from "./plan-state.js";
import { Route } from "./route.js";

/**
 * SWAP* (Vidal, "Hybrid genetic search for the CVRP", 2022): exchange a job u of route A with a
 * job w of route B, each going to its best position in the other route (not necessarily the
 * place the other left). Screened by removal gains against the cheapest insertion by edge cost,
 * then checked exactly on copies of both routes.
 */
const scratch = new WeakMap<Model, Route[]>();

function copies(m: Model, vehicle: number): [Route, Route] {
  let list = scratch.get(m);
  if (!list) scratch.set(m, (list = []));
  if (!list[2 * vehicle]) {
    list[2 * vehicle] = new Route(m, m.vehicles[vehicle]!);
    list[2 * vehicle + 1] = new Route(m, m.vehicles[vehicle]!);
  }
  return [list[2 * vehicle]!, list[2 * vehicle + 1]!];
}

/** Cheapest edge-cost insertion of task u into r without position `skip`, ignoring feasibility. */
function cheapestByCost(m: Model, r: Route, u: number, skip: number): number {
  const c = m.cost[r.v.type]!;
  const L = m.nLoc;
  const lu = m.loc[u]!;
  let best = Infinity;
  let prev = r.locAt(r.locked);
  for (let p = r.locked + 1; p <= r.n + 1; p++) {
    if (p === skip) continue;
    const next = r.locAt(p);
    const d = c[prev * L + lu]! + c[lu * L + next]! - c[prev * L + next]!;
    if (d < best) best = d;
    prev = next;
  }
  return best;
}

function removalGain(m: Model, r: Route, pos: number): number {
  const c = m.cost[r.v.type]!;
  const L = m.nLoc;
  const l = r.locAt(pos);
  return c[r.locAt(pos - 1) * L + l]! + c[l * L + r.locAt(pos + 1)]! - c[r.locAt(pos - 1) * L + r.locAt(pos + 1)]!;
}

/** Copies route r without the task at position pos into `out`; false when that is infeasible. */
function withoutTask(r: Route, pos: number, out: Route): boolean {
  out.copyFrom(r);
  out.seq.copyWithin(pos - 1, pos, r.n);
  out.n = r.n - 1;
  return out.update();
}

const best: Insertion = { delta: 0, a: 0, b: 0 };
let seqA = new Int32Array(0);
let seqB = new Int32Array(0);

function inserted(r: Route, u: number, a: number, out: Int32Array): number {
  out.set(r.seq.subarray(0, a));
  out[a] = u;
  out.set(r.seq.subarray(a, r.n), a + 1);
  return r.n + 1;
}

export function swapStar(m: Model, s: PlanState, u: number, neighbours: Int32Array, k: number, width: number): boolean {
  if (m.kind[u] !== JOB) return false;
  const ra = s.where[u]!;
  if (ra < 0) return false;
  const A = s.routes[ra]!;
  const pu = A.positionOf(u);
  if (pu - 1 < A.locked) return false;
  const T = m.nTasks;
  if (seqA.length < T + 2) {
    seqA = new Int32Array(T + 2);
    seqB = new Int32Array(T + 2);
  }
  const gainU = removalGain(m, A, pu);
  for (let i = 0; i < width; i++) {
    const w = neighbours[u * k + i]!;
    const rb = s.where[w]!;
    if (rb < 0 || rb === ra || m.kind[w] !== JOB) continue;
    const B = s.routes[rb]!;
    const pw = B.positionOf(w);
    if (pw - 1 < B.locked || !m.compat[B.v.index * T + u] || !m.compat[A.v.index * T + w]) continue;
    const gain = gainU + removalGain(m, B, pw);
    if (cheapestByCost(m, B, u, pw) + cheapestByCost(m, A, w, pu) >= gain - 1e-9) continue;
    const [a1] = copies(m, A.v.index);
    const [b1] = copies(m, B.v.index);
    if (!withoutTask(A, pu, a1) || !withoutTask(B, pw, b1)) continue;
    best.delta = Infinity;
    if (!bestJobInsertion(m, b1, u, best, null, 0)) continue;
    const insU = best.delta;
    const atU = best.a;
    best.delta = Infinity;
    if (!bestJobInsertion(m, a1, w, best, null, 0)) continue;
    if (a1.cost + best.delta + b1.cost + insU >= A.cost + B.cost - 1e-9) continue;
    const nA = inserted(a1, w, best.a, seqA);
    const nB = inserted(b1, u, atU, seqB);
    if (commitRoutes(m, s, ra, seqA, nA, rb, seqB, nB)) return true;
  }
  return false;
}
