/**
 * Hands due messages to the job queue: scheduled ones whose time has come, and queued ones
 * waiting for a retry (or whose job was lost with a restarted process: a queued message not
 * taken within five minutes is handed out again; the worker's claim makes that harmless).
 * A message left `sending` by a process that died is failed, not retried: it may have gone.
 */
import type { Services } from "../../services.js";
import { changeStatus } from "./status-change.js";

const LEASE_MS = 5 * 60_000;
const STUCK_SENDING_MS = 15 * 60_000;
const BATCH = 1000;

export async function dispatchDue(services: Services, send: (id: string) => Promise<void>, now: Date = services.now()): Promise<number> {
  const db = services.db.prisma;
  const stuck = await db.notification.findMany({ where: { status: "sending", updatedAt: { lt: new Date(now.getTime() - STUCK_SENDING_MS) } }, select: { id: true } });
  for (const { id } of stuck) await changeStatus(db, id, "failed", "dispatcher", {}, "interrupted");

  const lease = new Date(now.getTime() + LEASE_MS);
  let handed = 0;
  for (;;) {
    const due = await db.notification.findMany({
      where: { OR: [{ status: "scheduled", dueAt: { lte: now } }, { status: "queued", OR: [{ nextAttemptAt: null }, { nextAttemptAt: { lte: now } }] }] },
      select: { id: true, status: true },
      orderBy: [{ urgent: "desc" }, { dueAt: "asc" }],
      take: BATCH,
    });
    if (!due.length) return handed;
    const fresh = due.filter((d) => d.status === "scheduled").map((d) => d.id);
    // The lease takes them out of the next query; a batch not taken by a worker within it comes back.
    await db.$transaction([
      db.notification.updateMany({ where: { id: { in: due.map((d) => d.id) }, status: { in: ["scheduled", "queued"] } }, data: { status: "queued", nextAttemptAt: lease } }),
      db.notificationEvent.createMany({ data: fresh.map((notificationId) => ({ notificationId, status: "queued" as const, source: "dispatcher" })) }),
    ]);
    for (const { id } of due) await send(id);
    handed += due.length;
    if (due.length < BATCH) return handed;
  }
}
