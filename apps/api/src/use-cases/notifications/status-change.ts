/** Moves a message to a status and writes why in its audited history, in one transaction. */
import type { NotificationStatus, Prisma } from "../../generated/prisma/client.js";

export async function changeStatus(
  db: Prisma.TransactionClient,
  id: string,
  status: NotificationStatus,
  source: string,
  data: Omit<Prisma.NotificationUpdateInput, "status"> = {},
  reason: string | null = null,
): Promise<void> {
  await db.notification.update({ where: { id }, data: { ...data, status, ...(reason !== null && { reason }) } });
  await db.notificationEvent.create({ data: { notificationId: id, status, reason, source } });
}
