/** How wellbeing concerns and sync conflicts are shown to coordinators. */
import { localDateOf } from "@tournee/domain/calendar";
import type { ConflictRuleName, SyncConflictView, WellbeingAlertView } from "@tournee/domain";
import { isoDate } from "../../db/db-date.js";
import type { Prisma, PrismaClient, SyncConflict } from "../../generated/prisma/client.js";

const person = { select: { id: true, displayName: true } } as const;

export const ALERT_INCLUDE = {
  household: { select: { id: true, name: true } },
  passage: { select: { date: true, tourId: true, stop: { select: { name: true } } } },
  raisedBy: person,
  acknowledgedBy: person,
} satisfies Prisma.WellbeingAlertInclude;

type AlertRow = Prisma.WellbeingAlertGetPayload<{ include: typeof ALERT_INCLUDE }>;

/** The day an alert belongs to: its passage's, or the Paris day it reached the server. */
export const alertDate = (a: { passage: { date: Date } | null; receivedAt: Date }): string => (a.passage ? isoDate(a.passage.date) : localDateOf(a.receivedAt));

export function alertView(a: AlertRow): WellbeingAlertView {
  return {
    id: a.id,
    organisationId: a.organisationId,
    date: alertDate(a),
    tourId: a.passage?.tourId ?? null,
    passageId: a.passageId,
    stopName: a.passage?.stop.name ?? null,
    household: a.household,
    reason: a.reason,
    note: a.note,
    status: a.status,
    raisedBy: a.raisedBy,
    raisedAt: a.deviceTime.toISOString(),
    receivedAt: a.receivedAt.toISOString(),
    acknowledgedAt: a.acknowledgedAt?.toISOString() ?? null,
    acknowledgedBy: a.acknowledgedBy,
    followUp: a.followUp,
  };
}

/**
 * SyncConflict has no relations: its round, stop, household, resolver, and the driver's change
 * (who and when from the sync registry, the amount of a payment, the text of a note) are looked up
 * in seven queries.
 */
export async function conflictViews(db: PrismaClient | Prisma.TransactionClient, rows: SyncConflict[]): Promise<SyncConflictView[]> {
  const ids = (pick: (c: SyncConflict) => string | null) => [...new Set(rows.map(pick).filter((x): x is string => x !== null))];
  const mutationIds = ids((c) => c.mutationId);
  const [tours, passages, orders, users, payments, mutations, notes] = await Promise.all([
    db.tour.findMany({ where: { id: { in: ids((c) => c.tourId) } }, select: { id: true, date: true } }),
    db.passage.findMany({ where: { id: { in: ids((c) => c.passageId) } }, select: { id: true, stop: { select: { name: true } } } }),
    db.order.findMany({ where: { id: { in: ids((c) => c.orderId) } }, select: { id: true, household: { select: { id: true, name: true } } } }),
    db.user.findMany({ where: { id: { in: ids((c) => c.resolvedById) } }, ...person }),
    db.payment.findMany({ where: { mutationId: { in: mutationIds } }, select: { mutationId: true, amountCents: true, heldCents: true } }),
    db.appliedMutation.findMany({ where: { id: { in: mutationIds } }, select: { id: true, kind: true, deviceTime: true, device: { select: { user: person } } } }),
    db.driverNote.findMany({ where: { mutationId: { in: mutationIds } }, select: { mutationId: true, text: true } }),
  ]);
  const paymentOf = new Map(payments.map((p) => [p.mutationId, p]));
  const noteOf = new Map(notes.map((n) => [n.mutationId, n.text]));
  const changeOf = new Map(mutations.map((m) => [m.id, {
    kind: m.kind, by: m.device.user, at: m.deviceTime.toISOString(), amountCents: paymentOf.get(m.id)?.amountCents ?? null, text: noteOf.get(m.id) ?? null,
  }]));
  const byId = <T extends { id: string }>(list: T[]) => new Map(list.map((x) => [x.id, x]));
  const [tourOf, passageOf, orderOf, userOf] = [byId(tours), byId(passages), byId(orders), byId(users)];
  return rows.map((c) => {
    const tour = c.tourId ? tourOf.get(c.tourId) : undefined;
    return {
      id: c.id,
      organisationId: c.organisationId,
      date: tour ? isoDate(tour.date) : localDateOf(c.createdAt),
      tourId: c.tourId,
      passageId: c.passageId,
      orderId: c.orderId,
      stopName: (c.passageId && passageOf.get(c.passageId)?.stop.name) || null,
      household: (c.orderId && orderOf.get(c.orderId)?.household) || null,
      rule: c.rule as ConflictRuleName,
      detail: c.detail,
      heldCents: c.rule === "overpayment" ? (paymentOf.get(c.mutationId)?.heldCents ?? null) : null,
      change: changeOf.get(c.mutationId) ?? null,
      createdAt: c.createdAt.toISOString(),
      resolvedAt: c.resolvedAt?.toISOString() ?? null,
      resolvedBy: (c.resolvedById && userOf.get(c.resolvedById)) || null,
      resolution: c.resolution,
    };
  });
}
