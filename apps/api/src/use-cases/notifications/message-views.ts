/** A stored message as coordinators (and a household, for its own) read it in the Messages screen. */
import type { MessageView } from "@tournee/domain";
import { isoDate } from "../../db/db-date.js";
import type { Prisma } from "../../generated/prisma/client.js";

export const MESSAGE_INCLUDE = {
  household: { select: { id: true, name: true } },
  user: { select: { id: true, displayName: true } },
  events: { orderBy: { id: "asc" }, select: { at: true, status: true, reason: true } },
} satisfies Prisma.NotificationInclude;

type Row = Prisma.NotificationGetPayload<{ include: typeof MESSAGE_INCLUDE }>;

export function messageView(n: Row, passageDates: Map<string, Date>, relayed: ReadonlySet<string> = new Set()): MessageView {
  return {
    id: n.id, kind: n.kind as MessageView["kind"], channel: n.channel, status: n.status,
    recipient: n.household ? { kind: "household", id: n.household.id, name: n.household.name, viaRelay: relayed.has(n.id) } : { kind: "person", id: n.user!.id, name: n.user!.displayName, viaRelay: false },
    address: n.channel === "push" ? "" : n.address, subject: n.subject, body: n.body, dueAt: n.dueAt.toISOString(),
    sentAt: n.sentAt?.toISOString() ?? null, deliveredAt: n.deliveredAt?.toISOString() ?? null, urgent: n.urgent, provider: n.provider, reason: n.reason,
    passageDate: n.passageId && passageDates.has(n.passageId) ? isoDate(passageDates.get(n.passageId)!) : null,
    history: n.events.map((e) => ({ at: e.at.toISOString(), status: e.status, reason: e.reason })),
  };
}

export async function messageViews(db: Prisma.TransactionClient, rows: Row[]): Promise<MessageView[]> {
  const passageIds = [...new Set(rows.flatMap((r) => (r.passageId ? [r.passageId] : [])))];
  const passages = await db.passage.findMany({ where: { id: { in: passageIds } }, select: { id: true, date: true } });
  const contacts = await db.householdContact.findMany({ where: { householdId: { in: rows.flatMap((r) => (r.householdId ? [r.householdId] : [])) }, viaRelay: true }, select: { householdId: true } });
  const relayedHouseholds = new Set(contacts.map((c) => c.householdId));
  const relayed = new Set(rows.filter((r) => r.householdId && relayedHouseholds.has(r.householdId) && r.channel === "email").map((r) => r.id));
  return rows.map((r) => messageView(r, new Map(passages.map((p) => [p.id, p.date])), relayed));
}
