/**
 * Places or replaces a household's order for a passage, in one transaction: the household row is
 * locked (so two orders of the same household cannot both pass the monthly cap), the cutoff is
 * checked against the clock, stock is rebooked, lines are priced by the domain's `priceOrder`
 * and the cap checked by `checkMonthlyCap`. Any refusal rolls everything back. The order comes
 * back as it is shown, built from what the transaction read and wrote rather than read again.
 */
import { checkMonthlyCap, priceOrder } from "@tournee/domain/pricing";
import type { Actor } from "../../auth/actor.js";
import { Prisma, type Passage, type Stop, type Tour } from "../../generated/prisma/client.js";
import { ApiError, notFound, type FieldError } from "../../http/errors.js";
import type { Services } from "../../services.js";
import { recordAudit } from "../record-audit.js";
import { capOn, creditLeft, isoDate, orderingStanding } from "./household-rights.js";
import { euros, type OrderWithDetails } from "./order-view.js";
import type { OrderChannel } from "./ordering-household.js";
import { checkOrderWindow, type LateOrder } from "./passage-gate.js";
import { rebookStock, type Adjustment } from "./rebook-stock.js";

export interface SaveOrder {
  services: Services;
  actor: Actor;
  householdId: string;
  passageId: string;
  lines: readonly { offerId: string; quantity: number }[];
  onShortage: "refuse" | "reduce";
  channel: OrderChannel;
  /** Who takes the order and, after the cutoff, why (coordinators only; see passage-gate.ts). */
  late: LateOrder;
  /** Set when changing an order: its id and, optionally, the version the client saw. */
  change?: { orderId: string; version?: number | undefined };
  /** The passage with its stop and round, when the caller already read it. */
  passage?: Passage & { stop: Stop; tour: Tour | null };
}

export interface SavedOrder {
  order: OrderWithDetails;
  creditLeftCents: number | null;
  adjustments: Adjustment[];
}

/** Generous waits: under load, transactions queue for the household's and the stock's row locks. */
export const TRANSACTION_OPTIONS = { maxWait: 20_000, timeout: 30_000 } as const;

export async function saveOrder(input: SaveOrder): Promise<SavedOrder> {
  const { services, householdId, passageId } = input;
  const { prisma } = services.db;
  // What does not depend on the household's orders is read before its row is locked.
  const passage = input.passage ?? (await prisma.passage.findUniqueOrThrow({ where: { id: passageId }, include: { stop: true, tour: true } }));
  const lateReason = checkOrderWindow(passage, services.now(), input.late);
  const wanted = await offeredLines(prisma, passage, input.lines);
  const date = isoDate(passage.date);
  return prisma.$transaction(async (tx) => {
    const [household] = await tx.$queryRaw<{ name: string }[]>(Prisma.sql`SELECT name FROM "Household" WHERE id = ${householdId}::uuid FOR UPDATE`);
    if (!household) throw notFound("household");
    const { rights, existing, used } = await orderingStanding(tx, householdId, passage);
    checkExisting(existing, input.change);
    const cap = capOn(rights, date);
    // The round's stock rows are shared by every order of the round: they are locked as late as
    // possible. An order that refuses any shortage gets all its lines or nothing, so its stock is
    // moved last, just before the commit; one that takes what is left learns its lines first.
    const held = new Map(existing && existing.status !== "cancelled" ? existing.lines.map((l) => [l.offerId, l.quantity]) : []);
    const round = { organisationId: passage.organisationId, templateId: passage.templateId, date: passage.date };
    const rebook = () => rebookStock(tx, round, held, wanted, input.onShortage);
    const stockLast = input.onShortage === "refuse";
    const { granted, adjustments } = stockLast ? { granted: new Map(wanted.map((l) => [l.offerId, l.quantity])), adjustments: [] as Adjustment[] } : await rebook();
    const kept = wanted.filter((l) => (granted.get(l.offerId) ?? 0) > 0).map((l) => ({ ...l, quantity: granted.get(l.offerId) ?? 0 }));
    const priced = priceOrder(kept, rights, date);
    const check = checkMonthlyCap(cap, used, priced.lines);
    if (!check.ok) {
      // A shortage is what the person hears first, as when the stock is booked before the price.
      if (stockLast) await rebook();
      throw new ApiError(
        "credit_cap_exceeded",
        `this order goes over the monthly credit by ${euros(check.exceededByCents)}: ${euros(check.leftCents)} is left for ${date.slice(0, 7)}. Remove or lower some lines.`,
        [{ in: "body", path: "lines", message: `creditLeftCents=${check.leftCents} exceededByCents=${check.exceededByCents}` }],
      );
    }
    const totals = { totalCents: priced.totalCents, referenceTotalCents: priced.referenceTotalCents, capReferenceCents: priced.socialReferenceCents };
    const lines = kept.map((l, i) => {
      const p = priced.lines[i]!;
      return { offerId: l.offerId, productId: l.productId, quantity: l.quantity, unitPriceCents: p.unitPriceCents, referenceUnitPriceCents: p.referencePriceCents, socialPrice: p.socialPriceApplied };
    });
    const now = services.now();
    const revived = existing?.status === "cancelled";
    if (existing) await tx.orderLine.deleteMany({ where: { orderId: existing.id } });
    const order = existing
      ? await tx.order.update({
          where: { id: existing.id },
          data: { ...totals, status: "confirmed", cancelledAt: null, version: { increment: 1 }, updatedAt: now, cutoffAt: passage.cutoffAt, lateReason,
            ...(revived || input.late.staff ? { channel: input.channel, enteredById: input.actor.userId } : {}) },
        })
      : await tx.order.create({
          data: { ...totals, organisationId: passage.organisationId, householdId, passageId, channel: input.channel, enteredById: input.actor.userId, lateReason,
            cutoffAt: passage.cutoffAt, createdAt: now, updatedAt: now },
        });
    const written = await tx.orderLine.createManyAndReturn({ data: lines.map((l) => ({ ...l, orderId: order.id })) });
    await recordAudit(tx, {
      actor: input.actor, organisationId: passage.organisationId, action: existing && !revived ? "change" : "place", entity: "Order", entityId: order.id,
      changes: { channel: input.channel, lines: lines.map((l) => ({ offerId: l.offerId, quantity: l.quantity })), totalCents: totals.totalCents, ...(lateReason ? { lateReason } : {}) },
    });
    // What the driver loads changed: a published round gets a new version, so the phone downloads it again.
    if (passage.tour?.status === "published") await tx.tour.update({ where: { id: passage.tour.id }, data: { version: { increment: 1 } } });
    const enteredBy = order.enteredById === input.actor.userId
      ? { id: input.actor.userId, displayName: input.actor.displayName }
      : await tx.user.findUniqueOrThrow({ where: { id: order.enteredById }, select: { id: true, displayName: true } });
    if (stockLast) await rebook();
    // Lines by product name, sorted by the database as when an order is read (offers were read in that order).
    const offered = new Map(wanted.map((l) => [l.offerId, l]));
    const shown = written.map((l) => ({ ...l, product: offered.get(l.offerId)!.product })).sort((a, b) => offered.get(a.offerId)!.rank - offered.get(b.offerId)!.rank);
    return {
      order: { ...order, household, passage, enteredBy, lines: shown },
      creditLeftCents: check.ok ? (cap === null ? null : check.leftAfterCents) : creditLeft(cap, used),
      adjustments,
    };
  }, TRANSACTION_OPTIONS);
}

function checkExisting(existing: { id: string; status: string; version: number } | null, change: SaveOrder["change"]): void {
  if (!change) {
    if (existing && existing.status !== "cancelled") {
      throw new ApiError("conflict", `the household already has an order for this passage (${existing.id}); change it with PATCH /api/orders/${existing.id}`);
    }
    return;
  }
  if (!existing || existing.id !== change.orderId) throw new ApiError("not_found", "order not found");
  if (existing.status !== "confirmed" && existing.status !== "pending") {
    throw new ApiError("conflict", `the order is ${existing.status}; place a new order instead of changing it`);
  }
  if (change.version !== undefined && change.version !== existing.version) {
    throw new ApiError("conflict", `the order changed since you read it (version ${existing.version}, you sent ${change.version}); reload it and apply your change again`);
  }
}

/** The requested lines, each with its product, if the offer is sold on this passage's round. */
async function offeredLines(db: Prisma.TransactionClient, passage: { organisationId: string; templateId: string | null; date: Date }, lines: SaveOrder["lines"]) {
  const offerIds = lines.map((l) => l.offerId);
  const offers = await db.offer.findMany({
    where: { id: { in: offerIds }, organisationId: passage.organisationId, active: true, product: { active: true },
      stock: { some: { templateId: passage.templateId, date: passage.date } } },
    include: { product: true },
    orderBy: { product: { name: "asc" } },
  });
  const byId = new Map(offers.map((o) => [o.id, o]));
  const missing: FieldError[] = lines.flatMap((l, i) =>
    byId.has(l.offerId) ? [] : [{ in: "body" as const, path: `lines.${i}.offerId`, message: "not offered on this passage's round" }],
  );
  if (missing.length) {
    throw new ApiError("offer_unavailable", `${missing.length} line(s) are not offered on this passage's round; see the passage's catalogue`, missing);
  }
  const rank = new Map(offers.map((o, i) => [o.id, i]));
  return lines.map((l) => {
    const offer = byId.get(l.offerId)!;
    return {
      ...l, product: offer.product, rank: rank.get(l.offerId)!,
      productId: offer.productId, productName: offer.product.name, referencePriceCents: offer.product.referencePriceCents, socialPricing: offer.socialPricing,
    };
  });
}
