import { PICKUP, type Model } from "./model.js";
import type { TimeWindow } from "./types.js";

/**
 * The rule for several time windows on one job, shipment step or break: service may start
 * inside any of them, so the windows are read as their union. They may be given in any
 * order and may overlap or touch; the solver sorts them by start and merges those that
 * overlap or touch (`[[1, 11], [0, 42]]` is `[[0, 42]]`). VROOM refuses such input
 * ("Unsorted or overlapping time-windows"); Tournée builds windows from several sources
 * (a halt's timetable, a household's availability), so it takes the union instead.
 * No windows means always open.
 *
 * @example normaliseWindows([[30, 40], [0, 10], [5, 20]]) // → [[0, 20], [30, 40]]
 */
export function normaliseWindows(tws: readonly TimeWindow[]): TimeWindow[] {
  const sorted = [...tws].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: TimeWindow[] = [];
  for (const [start, end] of sorted) {
    const last = out[out.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
  }
  return out;
}

/**
 * A hold (a published time and its tolerance) inside given windows: their intersection, or the
 * hold alone when they do not meet (the published time wins; the place's windows were wrong).
 */
export function holdWithin(windows: readonly TimeWindow[] | undefined, hold: TimeWindow): TimeWindow[] {
  const within = normaliseWindows(windows ?? [[-1e15, 1e15]]).flatMap(([a, b]): TimeWindow[] =>
    Math.max(a, hold[0]) <= Math.min(b, hold[1]) ? [[Math.max(a, hold[0]), Math.min(b, hold[1])]] : [],
  );
  return within.length ? within : [hold];
}

/** First service start at or after `t` inside one of task's windows, or NaN if all windows closed. */
export function windowStart(m: Model, task: number, t: number): number {
  for (let k = m.twOffset[task]!, e = m.twOffset[task + 1]!; k < e; k++) {
    if (m.twEnd[k]! >= t) return t > m.twStart[k]! ? t : m.twStart[k]!;
  }
  return NaN;
}

/** Latest service start no later than `bound` inside one of task's windows, or -Infinity. */
export function latestStart(m: Model, task: number, bound: number): number {
  for (let k = m.twOffset[task + 1]! - 1, s = m.twOffset[task]!; k >= s; k--) {
    if (m.twStart[k]! <= bound) return bound < m.twEnd[k]! ? bound : m.twEnd[k]!;
  }
  return -Infinity;
}

/** First start at or after `t` in a break's windows, or NaN. */
export function breakStart(tws: number[], twe: number[], t: number): number {
  for (let k = 0; k < tws.length; k++) if (twe[k]! >= t) return t > tws[k]! ? t : tws[k]!;
  return NaN;
}

/** End of the window holding `s` among normalised windows `from..to` of these arrays; `s` when none holds it. */
export function closingOf(start: ArrayLike<number>, end: ArrayLike<number>, from: number, to: number, s: number): number {
  for (let k = from; k < to; k++) if (end[k]! >= s) return start[k]! <= s ? end[k]! : s;
  return s;
}

/**
 * The latest start of task, started at `s`, when the vehicle leaves later (leave-late.ts): a
 * pickup (bread at the bakery, goods at a farm) may start as late as its window and, unless
 * already late, its soft deadline allow; a job or a delivery, where people are served, keeps the
 * start it has.
 */
export function taskLatest(m: Model, task: number, s: number): number {
  if (m.kind[task] !== PICKUP) return s;
  return Math.min(closingOf(m.twStart, m.twEnd, m.twOffset[task]!, m.twOffset[task + 1]!, s), Math.max(s, m.softEnd[task]!));
}
