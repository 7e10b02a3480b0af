/**
 * A run's progress as people and programs read it, from what the worker writes on the job's row:
 * its phase, when the search started and what the best plan so far places. Computed at reading
 * time, so a stream can say every second how much of the time budget is spent, even between
 * two reports of the optimiser, and whichever API instance serves it.
 */
import type { PlanningProgress } from "@tournee/domain";
import type { PlanningJob as JobRow } from "../../generated/prisma/client.js";
import type { PlanningPhase } from "./plan-day.js";

/** What the worker writes in `PlanningJob.progress`. */
export interface StoredProgress {
  phase: PlanningPhase;
  stops: number;
  /** Epoch milliseconds when the search started, and how long it ran once it is over. */
  solvingSince: number | null;
  solvedMs: number | null;
  unassigned: number | null;
  iteration?: number;
}

const TERMINAL = new Set(["succeeded", "failed", "cancelled"]);

function stored(row: JobRow): Partial<StoredProgress> {
  return row.progress && typeof row.progress === "object" && !Array.isArray(row.progress) ? (row.progress as Partial<StoredProgress>) : {};
}

export function progressView(row: JobRow, now: Date): PlanningProgress {
  const p = stored(row);
  const timeLimitMs = row.timeLimitS * 1000;
  const end = TERMINAL.has(row.status) ? (row.finishedAt ?? now) : now;
  const phase: PlanningProgress["phase"] = row.status === "queued" ? "queued" : TERMINAL.has(row.status) ? "finished" : (p.phase ?? "reading");
  const solvingMs = p.solvedMs ?? (p.solvingSince ? end.getTime() - p.solvingSince : 0);
  const stops = p.stops ?? 0;
  return {
    phase,
    elapsedMs: row.startedAt ? Math.max(0, end.getTime() - row.startedAt.getTime()) : 0,
    timeLimitMs,
    solvingMs: Math.round(Math.min(timeLimitMs, Math.max(0, solvingMs))),
    stops,
    placed: p.unassigned === null || p.unassigned === undefined ? null : Math.max(0, stops - p.unassigned),
    bestCost: row.bestCost,
  };
}
