/**
 * Places or replaces a household's order for a passage, in one transaction: the household row is
 * locked (so two orders of the same household cannot both pass the monthly cap), the cutoff is
 * checked against the clock, stock is rebooked, lines are priced by the domain's `priceOrder`
 * and the cap checked by `checkMonthlyCap`. Any refusal rolls everything back. The order comes
 * back as it is shown, built from what the transaction read and wrote rather than read again.
 */
import { randomUUID } from "node:crypto";
import { checkMonthlyCap, priceOrder } from "@tournee/domain/pricing";
import type { Actor } from "../../auth/actor.js";
import { Prisma } from "../../generated/prisma/client.js";
import { ApiError, notFound } from "../../http/errors.js";
import type { Services } from "../../services.js";
import { runSql } from "../../db/sql-runner.js";
import { auditInsert } from "../record-audit.js";
import { capOn, creditLeft, isoDate, orderingStanding } from "./household-rights.js";
import { euros, type ShownOrder } from "./order-view.js";
import type { OrderChannel } from "./ordering-household.js";
import { offeredLines, readOrdering, type OfferedProduct, type OrderingPassage } from "./ordering-read.js";
import { checkBakeriesOpen, checkOrderWindow, type LateOrder } from "./passage-gate.js";
import { rebookStock, settleStock, stockMoveParts, type Adjustment, type LockedRow } from "./rebook-stock.js";

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
  /** The passage and the offers asked for, when the caller already read them (`readOrdering`). */
  read?: { passage: OrderingPassage; offers: OfferedProduct[] };
}

export interface SavedOrder {
  order: ShownOrder;
  creditLeftCents: number | null;
  adjustments: Adjustment[];
}

/** Generous waits: under load, transactions queue for the household's and the stock's row locks. */
export const TRANSACTION_OPTIONS = { maxWait: 20_000, timeout: 30_000 } as const;

export async function saveOrder(input: SaveOrder): Promise<SavedOrder> {
  const { services, householdId, passageId } = input;
  // What does not depend on the household's orders is read before its row is locked.
  const { passage, offers } = input.read ?? (await readOrdering(services.db.sql, { householdId, passageId, offerIds: input.lines.map((l) => l.offerId) }));
  if (!passage) throw notFound("passage");
  const lateReason = checkOrderWindow(passage, services.now(), input.late);
  const wanted = offeredLines(offers, input.lines);
  checkBakeriesOpen(passage, offers, input.lines);
  const date = isoDate(passage.date);
  return services.db.sql.transaction(async (tx) => {
    const [household] = await tx.query<{ name: string }>(`SELECT name FROM "Household" WHERE id = $1::uuid FOR UPDATE`, [householdId]);
    if (!household) throw notFound("household");
    const { rights, existing, used } = await orderingStanding(tx, householdId, passage);
    checkExisting(existing, input.change);
    const cap = capOn(rights, date);
    // The round's stock rows are shared by every order of the round: they are locked as late as
    // possible. An order that refuses any shortage gets all its lines or nothing, so its stock is
    // moved last, just before the commit; one that takes what is left learns its lines first.
    const held = new Map(existing && existing.status !== "cancelled" ? existing.lines.map((l) => [l.offerId, l.quantity]) : []);
    const round = { organisationId: passage.organisationId, templateId: passage.templateId, date: passage.date };
    const move = { round, held, wanted };
    const rebook = () => rebookStock(tx, move, input.onShortage);
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
    const lines = kept.map((l, i) => {
      const p = priced.lines[i]!;
      return { offerId: l.offerId, productId: l.productId, quantity: l.quantity, unitPriceCents: p.unitPriceCents, referenceUnitPriceCents: p.referencePriceCents, socialPrice: p.socialPriceApplied };
    });
    const [order] = await runSql<WrittenOrder>(tx, writeOrder(input, {
      id: existing?.id ?? randomUUID(), existing: existing !== null, revived: existing?.status === "cancelled", lateReason, lines,
      totals: { totalCents: priced.totalCents, referenceTotalCents: priced.referenceTotalCents, capReferenceCents: priced.socialReferenceCents },
      passage, stock: stockLast ? stockMoveParts(move) : null,
    }));
    if (stockLast) await settleStock(tx, move, "refuse", order!.stock!);
    // Lines by product name, sorted by the database as when an order is read (offers were read in that order).
    const offered = new Map(wanted.map((l) => [l.offerId, l]));
    const shown = order!.lines.map((l) => ({ ...l, product: offered.get(l.offerId)!.product })).sort((a, b) => offered.get(a.offerId)!.rank - offered.get(b.offerId)!.rank);
    return {
      order: { ...order!, household, passage, lines: shown },
      creditLeftCents: check.ok ? (cap === null ? null : check.leftAfterCents) : creditLeft(cap, used),
      adjustments,
    };
  });
}

type WrittenOrder = Omit<ShownOrder, "household" | "passage" | "lines"> & { lines: Omit<ShownOrder["lines"][number], "product">[]; stock?: LockedRow[] };

/**
 * One statement writes the order, its lines (changed in place, the ones no longer asked for
 * removed), its audit entry and, when the round is published, the round's new version; it returns
 * the order as shown, with who entered it. An order that refuses any shortage moves its stock in
 * the same statement, the last of its transaction (`stockMoveParts`).
 */
function writeOrder(
  input: SaveOrder,
  w: {
    id: string; existing: boolean; revived: boolean; lateReason: string | null; passage: OrderingPassage;
    totals: { totalCents: number; referenceTotalCents: number; capReferenceCents: number };
    lines: { offerId: string; productId: string; quantity: number; unitPriceCents: number; referenceUnitPriceCents: number; socialPrice: boolean }[];
    stock: ReturnType<typeof stockMoveParts>;
  },
): Prisma.Sql {
  const { actor, channel } = input;
  const { id, totals, passage } = w;
  const now = input.services.now();
  const order = w.existing
    ? Prisma.sql`UPDATE "Order" SET "totalCents" = ${totals.totalCents}, "referenceTotalCents" = ${totals.referenceTotalCents}, "capReferenceCents" = ${totals.capReferenceCents},
        status = 'confirmed', "cancelledAt" = NULL, version = version + 1, "updatedAt" = ${now}, "cutoffAt" = ${passage.cutoffAt}, "lateReason" = ${w.lateReason}
        ${w.revived || input.late.staff ? Prisma.sql`, channel = ${channel}::"OrderChannel", "enteredById" = ${actor.userId}::uuid` : Prisma.empty}
        WHERE id = ${id}::uuid RETURNING *`
    : Prisma.sql`INSERT INTO "Order" (id, "organisationId", "householdId", "passageId", channel, "enteredById", "lateReason", "cutoffAt", "createdAt", "updatedAt", "totalCents", "referenceTotalCents", "capReferenceCents")
        VALUES (${id}::uuid, ${passage.organisationId}::uuid, ${input.householdId}::uuid, ${passage.id}::uuid, ${channel}::"OrderChannel", ${actor.userId}::uuid, ${w.lateReason},
                ${passage.cutoffAt}, ${now}, ${now}, ${totals.totalCents}, ${totals.referenceTotalCents}, ${totals.capReferenceCents}) RETURNING *`;
  const column = <K extends keyof (typeof w.lines)[number]>(key: K) => w.lines.map((l) => l[key]);
  const audit = auditInsert({
    actor, organisationId: passage.organisationId, action: w.existing && !w.revived ? "change" : "place", entity: "Order", entityId: id,
    changes: { channel, lines: w.lines.map((l) => ({ offerId: l.offerId, quantity: l.quantity })), totalCents: totals.totalCents, ...(w.lateReason ? { lateReason: w.lateReason } : {}) },
  });
  // What the driver loads changed: a published round gets a new version, so the phone downloads it again.
  const published = passage.tour?.status === "published" ? Prisma.sql`, tour AS (UPDATE "Tour" SET version = version + 1 WHERE id = ${passage.tour.id}::uuid)` : Prisma.empty;
  return Prisma.sql`
    WITH o AS (${order}),
    gone AS (DELETE FROM "OrderLine" WHERE "orderId" = ${id}::uuid AND "offerId" <> ALL(${column("offerId")}::uuid[])),
    l AS (INSERT INTO "OrderLine" ("orderId", "offerId", "productId", quantity, "unitPriceCents", "referenceUnitPriceCents", "socialPrice")
          SELECT ${id}::uuid, * FROM unnest(${column("offerId")}::uuid[], ${column("productId")}::uuid[], ${column("quantity")}::int[],
                                            ${column("unitPriceCents")}::int[], ${column("referenceUnitPriceCents")}::int[], ${column("socialPrice")}::boolean[])
          ON CONFLICT ("orderId", "offerId") DO UPDATE SET "productId" = EXCLUDED."productId", quantity = EXCLUDED.quantity, "unitPriceCents" = EXCLUDED."unitPriceCents",
            "referenceUnitPriceCents" = EXCLUDED."referenceUnitPriceCents", "socialPrice" = EXCLUDED."socialPrice", "deliveredQuantity" = NULL, "shortQuantity" = 0
          RETURNING "offerId", "productId", quantity, "unitPriceCents", "referenceUnitPriceCents", "socialPrice", "shortQuantity"),
    audit AS (${audit})${published}${w.stock ? Prisma.sql`, ${w.stock.with}` : Prisma.empty}
    SELECT o.id, o."householdId", o."organisationId", o.status, o.channel, o.version, o."createdAt", o."updatedAt", o."totalCents", o."referenceTotalCents",
           o."capReferenceCents", o."lateReason", json_build_object('id', u.id, 'displayName', u."displayName") AS "enteredBy",
           COALESCE((SELECT json_agg(l) FROM l), '[]'::json) AS lines${w.stock ? Prisma.sql`, ${w.stock.stock} AS stock` : Prisma.empty}
    FROM o JOIN "User" u ON u.id = o."enteredById"`;
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
