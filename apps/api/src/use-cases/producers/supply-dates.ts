/**
 * A producer's delivery dates with one buyer it supplies: the dates on which the buyer's rounds
 * carry its goods (a round's stock of one of its offers), with when the date's orders close, what
 * the farm declared it can supply and what residents ordered, per product and per round.
 */
import { addDays, type LocalDate } from "@tournee/domain/calendar";
import { isAdmin, organisationsWith, type Actor } from "../../auth/actor.js";
import { ApiError, notFound } from "../../http/errors.js";
import type { Prisma } from "../../generated/prisma/client.js";
import type { Services } from "../../services.js";
import { dbDate, isoDate, timeOfMinute } from "../planning/coordinated-organisation.js";

/** The producer organisation a person acts for: the one named, or their only one. Outside their farms: 404. */
export async function actingProducer(services: Services, actor: Actor, producerId: string | undefined) {
  const mine = organisationsWith(actor, ["producer"]);
  const id = producerId ?? (mine.length === 1 ? mine[0] : undefined);
  if (!id) {
    throw new ApiError("validation_failed", "say which producer in producerId", [{ in: "query", path: "producerId", message: "required unless you work for exactly one producer" }]);
  }
  if (!isAdmin(actor) && !mine.includes(id)) throw notFound("producer");
  const producer = await services.db.prisma.organisation.findFirst({ where: { id, kind: "producer" } });
  if (!producer) throw notFound("producer");
  return producer;
}

/** Whether the person reads the papers between this producer and buyer: its staff, the buyer's coordinators, admins. */
export function readsSupplyOf(actor: Actor, producerId: string, buyerId: string): boolean {
  return isAdmin(actor) || organisationsWith(actor, ["producer"]).includes(producerId) || organisationsWith(actor, ["coordinator"]).includes(buyerId);
}

export interface DemandLine {
  offerId: string;
  productId: string;
  name: string;
  unit: string;
  compartment: "ambient" | "chilled" | "frozen" | "bread";
  declared: number | null;
  ordered: number;
  producerPriceCents: number | null;
}

export interface SupplyDay {
  date: LocalDate;
  cutoffAt: Date;
  rounds: { templateId: string | null; name: string; stops: number }[];
  lines: DemandLine[];
  /** Ordered per round and offer: `${templateId ?? ""}|${offerId}`. */
  byRound: Map<string, number>;
}

type Agreement = Prisma.SupplyAgreementGetPayload<{ include: { organisation: true; dropSite: true } }>;

export async function supplyAgreement(db: Prisma.TransactionClient, producerId: string, buyerId: string): Promise<Agreement | null> {
  return db.supplyAgreement.findFirst({ where: { producerId, organisationId: buyerId, active: true }, include: { organisation: true, dropSite: true } });
}

export function dropOf(a: Agreement): { siteName: string; addressLine: string; byTime: string } | null {
  if (a.route !== "warehouse_drop" || !a.dropSite || a.dropByMinute === null) return null;
  return { siteName: a.dropSite.name, addressLine: a.dropSite.addressLine, byTime: timeOfMinute(a.dropByMinute) };
}

/** The delivery dates from `from` to `to` (inclusive) on which the buyer's rounds carry the producer's goods. */
export async function supplyDays(db: Prisma.TransactionClient, producerId: string, buyerId: string, from: LocalDate, to: LocalDate): Promise<SupplyDay[]> {
  const offers = await db.offer.findMany({
    where: { organisationId: buyerId, active: true, product: { organisationId: producerId, active: true } },
    include: { product: true }, orderBy: { product: { name: "asc" } },
  });
  if (!offers.length) return [];
  const offerIds = offers.map((o) => o.id);
  const period = { gte: dbDate(from), lte: dbDate(to) };
  const stock = await db.offerStock.findMany({ where: { offerId: { in: offerIds }, date: period }, select: { templateId: true, date: true } });
  const carried = new Set(stock.map((s) => `${isoDate(s.date)}|${s.templateId ?? ""}`));
  const passages = await db.passage.findMany({
    where: { organisationId: buyerId, status: "scheduled", date: period }, include: { template: { select: { name: true } } }, orderBy: { date: "asc" },
  });
  const declarations = await db.supplyDeclaration.findMany({ where: { offerId: { in: offerIds }, date: period } });
  const declared = new Map(declarations.map((d) => [`${isoDate(d.date)}|${d.offerId}`, d.quantity]));
  const lines = await db.orderLine.findMany({
    where: { offerId: { in: offerIds }, order: { status: { not: "cancelled" }, passage: { organisationId: buyerId, date: period } } },
    select: { offerId: true, quantity: true, order: { select: { passage: { select: { date: true, templateId: true } } } } },
  });
  const days = new Map<LocalDate, SupplyDay>();
  for (const p of passages) {
    const date = isoDate(p.date);
    if (!carried.has(`${date}|${p.templateId ?? ""}`)) continue;
    const day: SupplyDay = days.get(date) ?? { date, cutoffAt: p.cutoffAt, rounds: [], lines: [], byRound: new Map() };
    if (p.cutoffAt > day.cutoffAt) day.cutoffAt = p.cutoffAt;
    const round = day.rounds.find((r) => r.templateId === p.templateId);
    if (round) round.stops += 1;
    else day.rounds.push({ templateId: p.templateId, name: p.template?.name ?? "Passages ponctuels", stops: 1 });
    days.set(date, day);
  }
  for (const day of days.values()) {
    const ordered = new Map<string, number>();
    for (const l of lines) {
      if (isoDate(l.order.passage.date) !== day.date) continue;
      ordered.set(l.offerId, (ordered.get(l.offerId) ?? 0) + l.quantity);
      const key = `${l.order.passage.templateId ?? ""}|${l.offerId}`;
      day.byRound.set(key, (day.byRound.get(key) ?? 0) + l.quantity);
    }
    day.lines = offers.map((o) => ({
      offerId: o.id, productId: o.productId, name: o.product.name, unit: o.product.unit, compartment: o.product.compartment,
      declared: declared.get(`${day.date}|${o.id}`) ?? null, ordered: ordered.get(o.id) ?? 0, producerPriceCents: o.producerPriceCents,
    }));
  }
  return [...days.values()];
}

export const orderedValue = (lines: readonly DemandLine[]): number => lines.reduce((sum, l) => sum + l.ordered * (l.producerPriceCents ?? 0), 0);

/** Four weeks from `from`. */
export const periodFrom = (from: LocalDate): [LocalDate, LocalDate] => [from, addDays(from, 27)];
