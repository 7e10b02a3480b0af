/**
 * A worker's side of a planning job: claim the row (queued → running), plan, and record the
 * outcome. Cancellation is read from the row (any instance may cancel), so it works across
 * processes: the solver is aborted and nothing is written.
 */
import type { Prisma } from "../../generated/prisma/client.js";
import type { Services } from "../../services.js";
import { isoDate } from "./coordinated-organisation.js";
import { planDay } from "./plan-day.js";

const POLL_MS = 400;

export async function runPlanningJob(services: Services, jobId: string): Promise<void> {
  const prisma = services.db.prisma;
  const claimed = await prisma.planningJob.updateMany({ where: { id: jobId, status: "queued" }, data: { status: "running", startedAt: services.now() } });
  if (claimed.count === 0) return;
  const job = await prisma.planningJob.findUniqueOrThrow({ where: { id: jobId } });
  const controller = new AbortController();
  let writing: Promise<unknown> = Promise.resolve();
  const watch = setInterval(() => {
    void prisma.planningJob.findUnique({ where: { id: jobId }, select: { status: true } }).then((row) => {
      if (row?.status !== "running") controller.abort();
    }, () => undefined);
  }, POLL_MS);
  try {
    const result = await planDay(services, {
      organisationId: job.organisationId, date: isoDate(job.date), timeLimitSeconds: job.timeLimitS, signal: controller.signal, job: { id: jobId },
      onProgress: (p) => {
        writing = writing.then(() => prisma.planningJob.updateMany({
          where: { id: jobId, status: "running" },
          data: { bestCost: p.bestCost, progress: { unassigned: p.unassigned, iteration: p.iteration, elapsedMs: p.elapsedMs } },
        })).catch(() => undefined);
      },
    });
    await writing;
    await prisma.planningJob.updateMany({
      where: { id: jobId, status: "running" },
      data: { status: "succeeded", bestCost: result.cost, result: result as unknown as Prisma.InputJsonValue, finishedAt: services.now() },
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
