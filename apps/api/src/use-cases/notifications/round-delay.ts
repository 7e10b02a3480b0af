/**
 * How late a round under way runs, as the households further on are told it: from the driver's
 * synced arrivals (`estimateDelays`), said only beyond 15 minutes, with the expected time of each
 * stop still to come. The coordinator's live screen and a resident's home read the same figure.
 */
import { delayStep, estimateDelays, roundedDelay } from "@tournee/notify/schedule";

export interface StopProgress {
  id: string;
  sequence: number | null;
  plannedArrival: Date | null;
  arrivedAt: Date | null;
}

export interface RoundDelay {
  /** To the nearest 5 minutes, as messages say it. */
  minutes: number;
  /** Expected arrival of each stop still to come, by passage id. */
  expected: Map<string, Date>;
}

export function roundDelay(status: string, stops: readonly StopProgress[]): RoundDelay | null {
  if (status !== "in_progress") return null;
  const timed = stops.filter((p) => p.sequence !== null && p.plannedArrival);
  const estimates = estimateDelays(timed.map((p) => ({ passageId: p.id, sequence: p.sequence!, plannedArrival: p.plannedArrival!, arrivedAt: p.arrivedAt })));
  const late = estimates.filter((e) => delayStep(e.delayMinutes) > 0);
  if (!late.length) return null;
  return { minutes: roundedDelay(late[0]!.delayMinutes), expected: new Map(late.map((e) => [e.passageId, e.expectedArrival])) };
}
