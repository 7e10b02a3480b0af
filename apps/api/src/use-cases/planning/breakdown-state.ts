/**
 * Where a published day stands when a vehicle breaks down: each round's steps in driving order,
 * which of them are behind it, and where each vehicle is. A step is behind its round when its
 * driver synced an arrival or an outcome for it, or when it was planned to start before the
 * breakdown (it is done or under way: it stays where it is). A closed round is behind as a whole.
 */
import type { Prisma } from "../../generated/prisma/client.js";
import { STEP_ID } from "./build-problem.js";
import { dbDate } from "./coordinated-organisation.js";
import type { DayPlan } from "./day-plan.js";

export interface RoundState {
  vehicleId: string;
  status: string;
  /** Solver ids (passages, bread pickups and deliveries) in driving order. */
  steps: string[];
  /** The steps behind the round. */
  done: Set<string>;
  /** The last step behind it and when the vehicle left it (or will have). */
  last: { id: string; passageId: string; siteId: string | null; kind: "passage" | keyof typeof STEP_ID; leftAt: Date } | null;
}

type Db = Prisma.TransactionClient;

/** What drivers synced of the day: passages reached or settled. */
export async function syncedProgress(db: Db, organisationId: string, date: string) {
  return db.passage.findMany({
    where: { organisationId, date: dbDate(date), OR: [{ arrivedAt: { not: null } }, { outcome: { not: "pending" } }] },
    select: { id: true, outcome: true, arrivedAt: true, departedAt: true },
    orderBy: { id: "asc" },
  });
}

/**
 * The live plan and what drivers synced: a re-plan after a breakdown is published only if neither
 * changed since (a round that starts meanwhile does not count: the re-plan expects rounds under way).
 */
export async function breakdownFingerprint(db: Db, organisationId: string, date: string, plan: DayPlan): Promise<string> {
  const synced = await syncedProgress(db, organisationId, date);
  return JSON.stringify([
    plan.tours.map((t) => [t.id, t.vehicleId, t.status === "closed", t.version]),
    plan.passages.map((p) => [p.id, p.plannable, p.vehicleId, p.sequence, p.plannedArrival]),
    synced.map((p) => [p.id, p.outcome, p.arrivedAt?.toISOString() ?? null]),
  ]);
}

export async function roundStates(db: Db, organisationId: string, date: string, live: DayPlan, breakdownAt: Date): Promise<RoundState[]> {
  const synced = new Map((await syncedProgress(db, organisationId, date)).map((p) => [p.id, p]));
  return live.tours.map((tour) => {
    const passages = live.passages.filter((p) => p.vehicleId === tour.vehicleId && p.sequence !== null);
    const steps = [
      ...passages.map((p) => ({ id: p.id, passageId: p.id, siteId: null, kind: "passage" as const, sequence: p.sequence!, arrival: p.plannedArrival, departure: p.plannedDeparture })),
      ...live.steps.filter((s) => s.vehicleId === tour.vehicleId).map((s) => ({
        id: STEP_ID[s.kind](s.passageId, s.siteId ?? ""),
        passageId: s.passageId, siteId: s.siteId, kind: s.kind, sequence: s.sequence, arrival: s.plannedArrival, departure: s.plannedDeparture,
      })),
    ].sort((a, b) => a.sequence - b.sequence || (a.arrival ?? "").localeCompare(b.arrival ?? ""));
    const behind = (s: (typeof steps)[number]) => {
      if (tour.status === "closed") return true;
      const row = s.kind === "passage" ? synced.get(s.passageId) : undefined;
      return row !== undefined || (s.arrival !== null && new Date(s.arrival) < breakdownAt);
    };
    // A step before one behind is behind too: the driver went past it.
    const lastBehind = steps.findLastIndex(behind);
    const done = steps.slice(0, lastBehind + 1);
    const last = done.at(-1);
    const row = last?.kind === "passage" ? synced.get(last.passageId) : undefined;
    const leftAt = row?.departedAt ?? (last?.departure ? new Date(last.departure) : null);
    return {
      vehicleId: tour.vehicleId, status: tour.status, steps: steps.map((s) => s.id), done: new Set(done.map((s) => s.id)),
      last: last && leftAt ? { id: last.id, passageId: last.passageId, siteId: last.siteId, kind: last.kind, leftAt } : null,
    };
  });
}
