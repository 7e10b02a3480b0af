/**
 * The delay of the halts still to come, from the arrivals the driver's phone synced: the last
 * stop reached tells how late the truck runs (its arrival minus its planned arrival), and every
 * stop after it is expected that much later than planned. Nothing is estimated before the
 * first synced arrival: a phone offline in a valley is not a late truck.
 *
 * Residents are told when the delay exceeds 15 minutes, once, and again only when it has grown
 * into a further quarter of an hour (`delayStep`).
 */
export interface PassageProgress {
  passageId: string;
  sequence: number;
  plannedArrival: Date;
  arrivedAt: Date | null;
}

export interface DelayEstimate {
  passageId: string;
  expectedArrival: Date;
  delayMinutes: number;
}

export const DELAY_THRESHOLD_MINUTES = 15;

export function estimateDelays(passages: readonly PassageProgress[]): DelayEstimate[] {
  const ordered = [...passages].sort((a, b) => a.sequence - b.sequence);
  let lastReached = -1;
  ordered.forEach((p, i) => {
    if (p.arrivedAt) lastReached = i;
  });
  if (lastReached < 0) return [];
  const reached = ordered[lastReached]!;
  const lateMs = reached.arrivedAt!.getTime() - reached.plannedArrival.getTime();
  if (lateMs <= 0) return [];
  return ordered.slice(lastReached + 1).filter((p) => !p.arrivedAt).map((p) => ({
    passageId: p.passageId,
    expectedArrival: new Date(p.plannedArrival.getTime() + lateMs),
    delayMinutes: Math.round(lateMs / 60_000),
  }));
}

/** 0 up to 15 minutes (nothing to say), then 1 for 16–30, 2 for 31–45…: a new step is a new message. */
export function delayStep(delayMinutes: number): number {
  return delayMinutes <= DELAY_THRESHOLD_MINUTES ? 0 : Math.ceil(delayMinutes / 15) - 1;
}

/** The delay as a message says it: to the nearest 5 minutes ("environ 30 minutes"). */
export function roundedDelay(delayMinutes: number): number {
  return Math.max(5, Math.round(delayMinutes / 5) * 5);
}
