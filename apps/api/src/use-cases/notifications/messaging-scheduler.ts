/**
 * The heartbeat of a running API: every TOURNEE_NOTIFY_TICK_SECONDS (60 by default) the
 * planners store what should exist by now and the dispatcher hands what is due to the queue; the
 * shared rounds' finished months are posted to the ledger (post-finished-months.ts). Passes never
 * overlap; a failing pass is logged and the next one tries again.
 */
import { notificationQueue, stopNotificationQueue } from "../../jobs/notification-queue.js";
import type { Services } from "../../services.js";
import { postFinishedMonths } from "../partnerships/post-finished-months.js";
import { closeChannelsOf } from "./channels.js";
import { dispatchDue } from "./dispatch-messages.js";
import { planMessages } from "./plan-messages.js";

export interface Messaging {
  /** One pass now (plan, then dispatch); resolves when the due messages are in the queue. */
  tick(): Promise<void>;
  stop(): Promise<void>;
}

export function startMessaging(services: Services): Messaging {
  let running: Promise<void> | undefined;
  let stopped = false;
  const refusedShares = new Set<string>();
  const pass = async () => {
    const queue = await notificationQueue(services);
    await planMessages(services);
    await dispatchDue(services, (id) => queue.send(id));
    const posted = await postFinishedMonths(services, refusedShares).catch((error: unknown) => services.log.error({ err: error }, "posting the shared rounds' monthly shares failed"));
    if (posted?.length) services.log.info({ posted }, "shared rounds' monthly shares posted to the ledger");
  };
  const tick = (): Promise<void> => {
    if (stopped) return Promise.resolve();
    running ??= pass().catch((error: unknown) => services.log.error({ err: error }, "messaging pass failed")).finally(() => (running = undefined));
    return running;
  };
  const seconds = services.config.TOURNEE_NOTIFY_TICK_SECONDS;
  const timer = seconds > 0 ? setInterval(() => void tick(), seconds * 1000) : undefined;
  timer?.unref();
  if (seconds > 0) void tick();
  return {
    tick,
    async stop() {
      stopped = true;
      if (timer) clearInterval(timer);
      await running;
      await stopNotificationQueue(services);
      await closeChannelsOf(services);
    },
  };
}
