/**
 * Deciding on a new plan of a published day. Publishing it writes it as the day's plan and
 * publishes every round with a new version (drivers' phones download them again, residents see
 * the new times); it is refused when the day changed since the plan was computed (a round
 * reordered, published or started, an order that adds or removes a home drop). Discarding it
 * keeps the published plan. A re-plan after a breakdown also replaces rounds under way (they
 * stay under way), unless a driver synced a stop since it was computed. Either way the run keeps its result, marked published or discarded.
 */
import type { HorizonResult, PlanningResult } from "@tournee/domain";
import type { Actor } from "../../auth/actor.js";
import { Prisma } from "../../generated/prisma/client.js";
import { ApiError } from "../../http/errors.js";
import type { Services } from "../../services.js";
import { recordAudit } from "../record-audit.js";
import { isoDate } from "./coordinated-organisation.js";
import { breakdownFingerprint } from "./breakdown-state.js";
import { DayStarted, planFingerprint, publishDayPlan, readDayPlan } from "./day-plan.js";
import type { PlanProposal } from "./plan-day.js";
import type { WeeksProposal } from "../horizon/plan-weeks.js";
import { findJob, jobView } from "./planning-jobs.js";

async function decide({ services, actor, id }: { services: Services; actor: Actor; id: string }, outcome: "published" | "discarded") {
  const found = await findJob(services, actor, id);
  const date = isoDate(found.date);
  await services.db.prisma.$transaction(async (tx) => {
    await tx.$queryRawUnsafe(`SELECT "id" FROM "PlanningJob" WHERE "id" = $1::uuid FOR UPDATE`, id);
    const job = await tx.planningJob.findUniqueOrThrow({ where: { id } });
    const row = { proposal: job.proposal as unknown as PlanProposal | WeeksProposal | null, result: job.result as unknown as PlanningResult | HorizonResult | null };
    if (!row.proposal || !row.result) {
      throw new ApiError("no_plan_to_publish", `the run of ${date} has no plan awaiting a decision: it was stored directly, already published or discarded, or replaced by a newer run`);
    }
    const proposal = row.proposal;
    if (outcome === "published" && "days" in proposal) {
      const rounds = await publishWeeks(tx, found.organisationId, proposal, services.now());
      await recordAudit(tx, { actor, organisationId: found.organisationId, action: "publish-plan", entity: "PlanningJob", entityId: id, changes: { from: date, rounds } });
    } else if (outcome === "published" && !("days" in proposal)) {
      const live = await readDayPlan(tx, found.organisationId, date);
      const underWay = proposal.breakdown === true;
      const now = underWay ? await breakdownFingerprint(tx, found.organisationId, date, live) : planFingerprint(live);
      if (now !== proposal.fingerprint) {
        throw new ApiError("plan_outdated", underWay
          ? `the rounds of ${date} changed since this plan was computed (a driver synced a stop, or a round was reordered or closed): report the breakdown again`
          : `the rounds of ${date} changed since this plan was computed (a round reordered, published or started, or an order placed or cancelled): plan the day again`);
      }
      const rounds = await publishDayPlan(tx, found.organisationId, date, proposal.plan, services.now(), { underWay }).catch((error: unknown) => {
        if (error instanceof DayStarted) throw new ApiError("tour_started", `a round of ${date} has started: the new plan can no longer replace it`);
        throw error;
      });
      await recordAudit(tx, { actor, organisationId: found.organisationId, action: "publish-plan", entity: "PlanningJob", entityId: id, changes: { date, rounds } });
    } else {
      await recordAudit(tx, { actor, organisationId: found.organisationId, action: "discard-plan", entity: "PlanningJob", entityId: id, changes: { date } });
    }
    const result = { ...row.result, outcome };
    await tx.planningJob.update({ where: { id }, data: { proposal: Prisma.DbNull, result: result as unknown as Prisma.InputJsonValue } });
  }, { timeout: 60_000 });
  return jobView(await findJob(services, actor, id), services.now());
}

/** Every day of a plan of several weeks, each through the day's publication (rounds get a new version); refused as a whole when one day changed since. */
async function publishWeeks(tx: Prisma.TransactionClient, organisationId: string, proposal: WeeksProposal, now: Date) {
  const rounds: { date: string; tourId: string; version: number }[] = [];
  for (const day of proposal.days) {
    if (planFingerprint(await readDayPlan(tx, organisationId, day.date)) !== day.fingerprint) {
      throw new ApiError("plan_outdated", `the rounds of ${day.date} changed since these weeks were planned (a round reordered, published or started, or an order placed or cancelled): plan the weeks again`);
    }
    const published = await publishDayPlan(tx, organisationId, day.date, day.plan, now).catch((error: unknown) => {
      if (error instanceof DayStarted) throw new ApiError("tour_started", `a round of ${day.date} has started: plan the weeks again`);
      throw error;
    });
    rounds.push(...published.map((r) => ({ date: day.date, ...r })));
  }
  return rounds;
}

export const publishPlan = (ctx: { services: Services; actor: Actor; id: string }) => decide(ctx, "published");
export const discardPlan = (ctx: { services: Services; actor: Actor; id: string }) => decide(ctx, "discarded");
