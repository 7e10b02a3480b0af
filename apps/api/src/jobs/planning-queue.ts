/**
 * The planning queue of a running API: pg-boss on PostgreSQL (shared by every process on the
 * database), in-process on the embedded database. Each process that holds one also works on it.
 */
import type { Services } from "../services.js";
import { runPlanningJob } from "../use-cases/planning/run-planning-job.js";
import { InProcessQueue } from "./in-process-queue.js";
import type { JobQueue } from "./job-queue.js";
import { PgBossQueue } from "./pg-boss-queue.js";

const queues = new WeakMap<Services, Promise<JobQueue>>();

export function planningQueue(services: Services): Promise<JobQueue> {
  let queue = queues.get(services);
  if (!queue) {
    queue = (async () => {
      const onError = (error: unknown, jobId: string) => services.log.error({ err: error, jobId }, "planning queue error");
      const url = services.config.DATABASE_URL ?? (services.db as { url?: string }).url;
      const created: JobQueue = services.db.kind === "postgres" && url ? new PgBossQueue(url, onError) : new InProcessQueue(onError);
      await created.work((jobId) => runPlanningJob(services, jobId));
      return created;
    })();
    queues.set(services, queue);
  }
  return queue;
}

/** Stops the queue of these services, if one was started (server shutdown, end of a test). */
export async function stopPlanningQueue(services: Services): Promise<void> {
  const queue = queues.get(services);
  if (!queue) return;
  queues.delete(services);
  await (await queue).stop();
}
