/**
 * How an order is shown. Residents and relays see what they pay; only coordinators (and admins)
 * see reference prices and whether the social price applied, under `staff`.
 */
import type { Order, OrderLine, Passage, Prisma, Product, Stop } from "../../generated/prisma/client.js";
import { isoDate } from "./household-rights.js";

export const orderInclude = {
  household: { select: { name: true } },
  passage: { include: { stop: true } },
  enteredBy: { select: { id: true, displayName: true } },
  lines: { include: { product: true }, orderBy: { product: { name: "asc" } } },
} satisfies Prisma.OrderInclude;

export type OrderWithDetails = Prisma.OrderGetPayload<{ include: typeof orderInclude }>;

/** What showing an order reads: an order as Prisma reads it with `orderInclude`, or as the order use cases' own statements return it. */
export type ShownOrder = Pick<
  Order,
  "id" | "householdId" | "organisationId" | "status" | "channel" | "version" | "createdAt" | "updatedAt" | "totalCents" | "referenceTotalCents" | "capReferenceCents" | "lateReason"
> & {
  household: { name: string };
  passage: Pick<Passage, "id" | "date" | "windowStart" | "windowEnd" | "cutoffAt"> & { stop: Pick<Stop, "id" | "kind" | "name" | "city"> };
  enteredBy: { id: string; displayName: string };
  lines: (Pick<OrderLine, "offerId" | "productId" | "quantity" | "unitPriceCents" | "referenceUnitPriceCents" | "socialPrice" | "shortQuantity"> & { product: Pick<Product, "name" | "unit"> })[];
};

export function stopView(stop: { id: string; kind: "halt" | "home_drop"; name: string; city: string }) {
  return { id: stop.id, kind: stop.kind, name: stop.name, city: stop.city };
}

export function orderView(order: ShownOrder, staff: boolean, now: Date) {
  const { passage } = order;
  return {
    id: order.id,
    householdId: order.householdId,
    householdName: order.household.name,
    organisationId: order.organisationId,
    passage: { id: passage.id, date: isoDate(passage.date), stop: stopView(passage.stop), windowStart: passage.windowStart.toISOString(), windowEnd: passage.windowEnd.toISOString() },
    status: order.status,
    channel: order.channel,
    enteredBy: order.enteredBy,
    cutoffAt: passage.cutoffAt.toISOString(),
    locked: now.getTime() >= passage.cutoffAt.getTime(),
    version: order.version,
    createdAt: order.createdAt.toISOString(),
    updatedAt: order.updatedAt.toISOString(),
    lines: order.lines.map((l) => {
      const shortQuantity = Math.min(l.shortQuantity, l.quantity);
      return {
        offerId: l.offerId,
        productId: l.productId,
        productName: l.product.name,
        unit: l.product.unit,
        quantity: l.quantity,
        unitPriceCents: l.unitPriceCents,
        lineTotalCents: l.unitPriceCents * (l.quantity - shortQuantity),
        shortQuantity,
        ...(staff ? { staff: { referenceUnitPriceCents: l.referenceUnitPriceCents, socialPrice: l.socialPrice } } : {}),
      };
    }),
    totalCents: order.totalCents,
    ...(staff ? { staff: { referenceTotalCents: order.referenceTotalCents, capReferenceCents: order.capReferenceCents, lateReason: order.lateReason } } : {}),
  };
}

/** What to select of an order's lines to say which fell short at the producer's. */
export const shortLinesSelect = { where: { shortQuantity: { gt: 0 } }, select: { quantity: true, shortQuantity: true, product: { select: { name: true, unit: true } } }, orderBy: { product: { name: "asc" } } } satisfies Prisma.Order$linesArgs;

export function shortLinesOf(lines: readonly { quantity: number; shortQuantity: number; product: { name: string; unit: string } }[]) {
  return lines.filter((l) => l.shortQuantity > 0).map((l) => ({ productName: l.product.name, unit: l.product.unit, ordered: l.quantity, missing: Math.min(l.shortQuantity, l.quantity) }));
}

/** An order as a passage lists it (`PassageOrderSchema`). */
export function passageOrderView(order: { id: string; status: string; totalCents: number; lines: Parameters<typeof shortLinesOf>[0] }) {
  return { id: order.id, status: order.status, totalCents: order.totalCents, shortLines: shortLinesOf(order.lines) };
}

export const euros = (cents: number): string => `${(cents / 100).toFixed(2)} €`;
