import type { Model } from "./model.js";

/** For every task, the k other tasks closest to it (by the first vehicle type's cost). */
export function neighbourLists(m: Model, k: number): Int32Array {
  const T = m.nTasks;
  const out = new Int32Array(T * Math.max(k, 0));
  if (k <= 0) return out;
  const c = m.cost[0]!;
  const idx = new Int32Array(T);
  const key = new Float64Array(T);
  for (let a = 0; a < T; a++) {
    const la = m.loc[a]!;
    for (let b = 0; b < T; b++) {
      idx[b] = b;
      const lb = m.loc[b]!;
      key[b] = b === a ? Infinity : c[la * m.nLoc + lb]! + c[lb * m.nLoc + la]!;
    }
    const sorted = Array.from(idx).sort((x, y) => key[x]! - key[y]!);
    for (let i = 0; i < k; i++) out[a * k + i] = sorted[i]!;
  }
  return out;
}
