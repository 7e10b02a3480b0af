/**
 * The message queue of a running API: pg-boss on PostgreSQL (shared by every instance: any
 * of them may send a message, the worker's claim makes sure only one does), in-process on the
 * embedded database. Each process that holds it also works on it.
 */
import type { Services } from "../services.js";
import { sendMessage } from "../use-cases/notifications/send-message.js";
import { InProcessQueue } from "./in-process-queue.js";
import type { JobQueue } from "./job-queue.js";
import { PgBossQueue } from "./pg-boss-queue.js";

export const NOTIFICATION_QUEUE = "notifications";
/** Messages sent at once by each process: providers answer in tens of milliseconds each. */
const CONCURRENCY = 8;
const queues = new WeakMap<Services, Promise<JobQueue>>();

export function notificationQueue(services: Services): Promise<JobQueue> {
  let queue = queues.get(services);
  if (!queue) {
    queue = (async () => {
      const onError = (error: unknown, id: string) => services.log.error({ err: error, notificationId: id }, "message queue error");
      const url = services.config.DATABASE_URL ?? (services.db as { url?: string }).url;
      const created: JobQueue = services.db.kind === "postgres" && url ? new PgBossQueue(url, onError, NOTIFICATION_QUEUE, CONCURRENCY) : new InProcessQueue(onError, CONCURRENCY);
      await created.work((id) => sendMessage(services, id));
      return created;
    })();
    queues.set(services, queue);
  }
  return queue;
}

export async function stopNotificationQueue(services: Services): Promise<void> {
  const queue = queues.get(services);
  if (!queue) return;
  queues.delete(services);
  await (await queue).stop();
}
