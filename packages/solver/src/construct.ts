import { applyInsertion, bestJobInsertion, bestShipmentInsertion, type Insertion } from "./insert.js";
import { DELIVERY, JOB, type Model } from "./model.js";
import type { PlanState } from "./plan-state.js";

/**
 * Regret-2 insertion (Potvin & Rousseau 1993), the first plan of the search: repeatedly insert
 * the request whose best insertion beats its best insertion in any other route by the most
 * (requests with a single possible route first, higher priority before lower), at its best
 * position. An empty vehicle stands for every empty vehicle of its class. Insertion costs are
 * cached per request and route and only the route that changed is re-evaluated, so a plan of
 * n requests over r routes costs O(n² + n·r) insertion checks.
 */
export function regretInsertion(m: Model, s: PlanState, vehicleClass: Int32Array): void {
  const heads: number[] = [];
  for (let t = 0; t < m.nTasks; t++) if (m.kind[t] !== DELIVERY && s.where[t]! < 0 && m.lockPos[t]! < 0) heads.push(t);
  const n = heads.length;
  if (n === 0) return;
  const R = s.routes.length;
  // Options: the used routes, and one empty vehicle per class (its first empty member).
  const isOption = new Uint8Array(R);
  const routeOf: number[] = [];
  const classes = new Set<number>();
  for (let ri = 0; ri < R; ri++) {
    if (s.routes[ri]!.n === 0) {
      if (classes.has(vehicleClass[ri]!)) continue;
      classes.add(vehicleClass[ri]!);
    }
    isOption[ri] = 1;
    routeOf.push(ri);
  }
  // Cached best insertion of request i into option o, at [i * R + o].
  const delta = new Float64Array(n * R).fill(Infinity);
  const posA = new Int32Array(n * R);
  const posB = new Int32Array(n * R);
  const ins: Insertion = { delta: 0, a: 0, b: 0 };
  const left = new Uint8Array(n).fill(1);
  const evaluate = (o: number) => {
    const r = s.routes[routeOf[o]!]!;
    for (let i = 0; i < n; i++) {
      if (!left[i]) continue;
      const t = heads[i]!;
      ins.delta = Infinity;
      const found = m.kind[t] === JOB ? bestJobInsertion(m, r, t, ins, null, 0) : bestShipmentInsertion(m, r, t, ins, null, 0);
      delta[i * R + o] = found ? ins.delta : Infinity;
      posA[i * R + o] = ins.a;
      posB[i * R + o] = ins.b;
    }
  };
  for (let o = 0; o < routeOf.length; o++) evaluate(o);
  for (let step = 0; step < n; step++) {
    let pick = -1;
    let pickOption = -1;
    let bestSingle = false;
    let bestKey = -Infinity;
    let bestPriority = -1;
    for (let i = 0; i < n; i++) {
      if (!left[i]) continue;
      let b1 = Infinity;
      let b2 = Infinity;
      let o1 = -1;
      for (let o = 0; o < routeOf.length; o++) {
        const d = delta[i * R + o]!;
        if (d < b1) {
          b2 = b1;
          b1 = d;
          o1 = o;
        } else if (d < b2) b2 = d;
      }
      if (o1 < 0) continue;
      const priority = m.priority[heads[i]!]!;
      // Higher priority first; then a request with one option left (the costliest first); then the largest regret.
      const single = b2 === Infinity;
      const key = single ? b1 : b2 - b1;
      const better = priority !== bestPriority ? priority > bestPriority : single !== bestSingle ? single : key > bestKey;
      if (better) {
        bestPriority = priority;
        bestSingle = single;
        bestKey = key;
        pick = i;
        pickOption = o1;
      }
    }
    if (pick < 0) return;
    left[pick] = 0;
    const t = heads[pick]!;
    const ri = routeOf[pickOption]!;
    const r = s.routes[ri]!;
    const wasEmpty = r.n === 0;
    ins.delta = delta[pick * R + pickOption]!;
    ins.a = posA[pick * R + pickOption]!;
    ins.b = posB[pick * R + pickOption]!;
    applyInsertion(m, r, t, ins);
    s.markInserted(ri, t);
    if (m.kind[t] !== JOB) s.markInserted(ri, t + 1);
    evaluate(pickOption);
    if (wasEmpty) {
      // The class's next empty vehicle, if any, becomes an option in its place.
      for (let next = 0; next < R; next++)
        if (!isOption[next] && s.routes[next]!.n === 0 && vehicleClass[next] === vehicleClass[ri]) {
          isOption[next] = 1;
          routeOf.push(next);
          evaluate(routeOf.length - 1);
          break;
        }
    }
  }
}
