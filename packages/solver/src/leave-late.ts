import type { Step, TimeWindow } from "./types.js";
import { normaliseWindows } from "./windows.js";

/**
 * Leaves as late as the windows allow (Savelsbergh's forward time slack): the departure from the
 * start, and from the depot after each reload, is put off by the waiting that follows it, as far
 * as no later step's latest start is passed and the route's end does not move. The order, the
 * end and every window stay as they were; a driver waits at the depot, not at a door after an
 * early pickup. `latest[i]` is the latest start of `steps[i]`: the end of its window for a
 * pickup or a break, its own start for a job or a delivery (a stop where people are served is
 * never served later than planned, so a halt keeps its time), Infinity for the rest. Changes
 * `steps` in place.
 */
export function leaveLate(steps: Step[], latest: readonly number[]): void {
  for (let p = 0; p < steps.length; p++) {
    const from = steps[p]!;
    if (from.type !== "start" && from.type !== "reload") continue;
    const delay = departureSlack(steps, latest, p);
    if (delay <= 0) continue;
    if (from.type === "start") from.arrival += delay;
    else from.waiting += delay;
    from.start += delay;
    from.departure += delay;
    let push = delay;
    for (let j = p + 1; j < steps.length && push > 0; j++) {
      const s = steps[j]!;
      s.arrival += push;
      const start = Math.max(s.start, s.arrival);
      push = start - s.start;
      s.waiting = start - s.arrival;
      s.start = start;
      s.departure += push;
    }
  }
}

/** How much later the vehicle can leave steps[p]: the waiting after it, bounded by every later step's slack to its latest start. */
export function departureSlack(steps: readonly Step[], latest: readonly number[], p: number): number {
  let waited = 0;
  let slack = Infinity;
  for (let j = p + 1; j < steps.length; j++) {
    waited += steps[j]!.waiting;
    slack = Math.min(slack, waited + latest[j]! - steps[j]!.start);
  }
  return Math.max(0, Math.min(slack, waited));
}

/**
 * The latest start that keeps a step started at `s` inside its window (the end of the window
 * holding `s`, windows read as their union; `s` itself when none holds it) and, with a soft
 * deadline, no later than the deadline unless already past it.
 */
export function latestKeeping(windows: readonly TimeWindow[], s: number, softEnd = Infinity): number {
  const close = windows.length === 0 ? Infinity : (normaliseWindows(windows).find(([a, b]) => a <= s && s <= b)?.[1] ?? s);
  return Math.min(close, Math.max(s, softEnd));
}
