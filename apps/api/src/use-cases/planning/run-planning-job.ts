/**
 * A worker's side of a planning job: claim the row (queued → running), plan, and record the
 * outcome. Cancellation is read from the row (any instance may cancel), so it works across
 * processes: the solver is aborted and nothing is written. The phase and the best plan so far
 * are written on the row as the run goes (see planning-progress.ts).
 */
import { Prisma } from "../../generated/prisma/client.js";
import type { Services } from "../../services.js";
import { isoDate } from "./coordinated-organisation.js";
import { planDay, type PlanDayOptions } from "./plan-day.js";
import { replanBreakdown } from "./replan-breakdown.js";
import { planWeeks } from "../horizon/plan-weeks.js";
import type { StoredProgress } from "./planning-progress.js";

const POLL_MS = 400;

export async function runPlanningJob(services: Services, jobId: string): Promise<void> {
  const prisma = services.db.prisma;
  const claimed = await prisma.planningJob.updateMany({ where: { id: jobId, status: "queued" }, data: { status: "running", startedAt: services.now() } });
  if (claimed.count === 0) return;
  const job = await prisma.planningJob.findUniqueOrThrow({ where: { id: jobId } });
  const controller = new AbortController();
  let writing: Promise<unknown> = Promise.resolve();
  const progress: StoredProgress = { phase: "reading", stops: 0, solvingSince: null, solvedMs: null, unassigned: null };
  const write = (bestCost?: number) => {
    const data = { progress: { ...progress } as unknown as Prisma.InputJsonValue, ...(bestCost === undefined ? {} : { bestCost }) };
    writing = writing.then(() => prisma.planningJob.updateMany({ where: { id: jobId, status: "running" }, data })).catch(() => undefined);
  };
  const watch = setInterval(() => {
    void prisma.planningJob.findUnique({ where: { id: jobId }, select: { status: true } }).then((row) => {
      if (row?.status !== "running") controller.abort();
    }, () => undefined);
  }, POLL_MS);
  try {
    const run: Pick<PlanDayOptions, "organisationId" | "date" | "timeLimitSeconds" | "signal" | "onPhase" | "onProgress"> = {
      organisationId: job.organisationId, date: isoDate(job.date), timeLimitSeconds: job.timeLimitS, signal: controller.signal,
      onPhase: (phase, stops) => {
        if (phase === "solving") progress.solvingSince = services.now().getTime();
        if (progress.phase === "solving" && progress.solvingSince) progress.solvedMs = services.now().getTime() - progress.solvingSince;
        Object.assign(progress, { phase, stops });
        write();
      },
      onProgress: (p) => {
        Object.assign(progress, { unassigned: p.unassigned, iteration: p.iteration });
        write(p.bestCost);
      },
    };
    const { proposal, ...result } = job.horizonWeeks
      ? await planWeeks(services, { ...run, job: { id: jobId }, weeks: job.horizonWeeks, toleranceMinutes: job.toleranceMinutes ?? 0, sameDriverMinutes: job.sameDriverMinutes ?? 0 }).then((w) => ({ ...w.result, proposal: w.proposal }))
      : job.breakdownVehicleId && job.breakdownFromMinute !== null
        ? await replanBreakdown(services, { ...run, vehicleId: job.breakdownVehicleId, fromMinute: job.breakdownFromMinute })
        : await planDay(services, { ...run, job: { id: jobId }, crew: { vehicleIds: job.vehicleIds, driverIds: job.driverIds }, balance: job.balance });
    await writing;
    await prisma.$transaction(async (tx) => {
      if (proposal) {
        // A newer plan of the day replaces any plan still awaiting a decision.
        await tx.planningJob.updateMany({ where: { organisationId: job.organisationId, date: job.date, id: { not: jobId }, proposal: { not: Prisma.DbNull } }, data: { proposal: Prisma.DbNull } });
      }
      await tx.planningJob.updateMany({
        where: { id: jobId, status: "running" },
        data: { status: "succeeded", bestCost: result.cost, result: result as unknown as Prisma.InputJsonValue, finishedAt: services.now(), ...(proposal ? { proposal: proposal as unknown as Prisma.InputJsonValue } : {}) },
      });
    });
  } catch (error) {
    await writing;
    const message = error instanceof Error ? error.message : String(error);
    services.log.info({ jobId, err: error }, "planning job ended without a plan");
    await prisma.planningJob.updateMany({ where: { id: jobId, status: "running" }, data: { status: "failed", error: message, finishedAt: services.now() } });
  } finally {
    clearInterval(watch);
  }
}
