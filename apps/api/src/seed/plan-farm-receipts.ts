/**
 * The farms' goods in the weeks done: each date's purchase order as it stood at the cutoff, and
 * what came, as the product records it. The market gardener's goods were counted by each round's
 * driver at the farm; the goat farm's were brought to the warehouse and ticked there by the
 * coordinator (late once). Some came short, and the households served last got less of it, shared
 * out by `shareShortfall` as a receipt does (for the drop, by the order of the halts, whatever the
 * round): their order was handed over without it, and cost less. So the statements, the delivery notes and the Producteurs screen have
 * a history, and it adds up.
 */
import { shareShortfall } from "@tournee/domain";
import type { Prisma } from "../generated/prisma/client.js";
import { dbDate, parisInstant } from "./dates.js";
import type { HistoryPlan } from "./plan-history.js";
import type { OrdersPlan } from "./plan-orders.js";
import type { OrganisationsPlan } from "./plan-organisations.js";
import type { ProducersPlan } from "./plan-producers.js";
import type { RoundsPlan } from "./plan-rounds.js";
import { DEMO_PRODUCERS, type DemoProducer } from "./producers.js";

const MINUTE = 60_000;

export interface FarmReceiptsPlan {
  purchaseOrders: Prisma.PurchaseOrderCreateManyInput[];
  receipts: Prisma.SupplyReceiptCreateManyInput[];
}

/** What went short, on which week done (0: the older one) and why. */
const SHORT: Record<DemoProducer["key"], { week: number; missing: number; note: string }> = {
  gardener: { week: 1, missing: 2, note: "Gel sur les dernières rangées" },
  goatFarm: { week: 0, missing: 1, note: "Abîmé pendant le transport" },
};
/** When the goat farm's drop was ticked at the warehouse, week by week: late the older week. */
const DROP_TICKED = ["07:52", "07:14"];

type Line = Prisma.OrderLineCreateManyInput;

export function planFarmReceipts(orgs: OrganisationsPlan, rounds: RoundsPlan, orders: OrdersPlan, producers: ProducersPlan, history: HistoryPlan): FarmReceiptsPlan {
  const plan: FarmReceiptsPlan = { purchaseOrders: [], receipts: [] };
  const passages = new Map(rounds.passages.map((p) => [p.id as string, p]));
  const orderRows = new Map(orders.orders.map((o) => [o.id as string, o]));
  const tours = new Map(history.tours.map((t) => [t.id as string, t]));
  const householdName = new Map(orders.planned.map((o) => [o.id, o.household.name]));
  const products = new Map(producers.products.map((p) => [p.id as string, p]));
  const done = rounds.weeks.filter((w) => w.kind === "done");
  for (const producer of DEMO_PRODUCERS) {
    const producerId = orgs.orgIds[producer.key];
    const offers = producers.offers.filter((o) => products.get(o.productId)?.organisationId === producerId);
    done.forEach((week, index) => {
      const lines = orders.lines.filter((l) => {
        const order = orderRows.get(l.orderId)!;
        return offers.some((o) => o.id === l.offerId) && order.status !== "cancelled" && (passages.get(order.passageId)?.date as Date | undefined)?.getTime() === dbDate(week.date).getTime();
      });
      if (!lines.length) return;
      const passageOf = (l: Line) => passages.get(orderRows.get(l.orderId)!.passageId)!;
      const poLines = offers.flatMap((offer) => {
        const quantity = lines.filter((l) => l.offerId === offer.id).reduce((n, l) => n + l.quantity, 0);
        const product = products.get(offer.productId)!;
        return quantity ? [{ offerId: offer.id!, productId: offer.productId, name: product.name, unit: product.unit, quantity, producerPriceCents: offer.producerPriceCents! }] : [];
      });
      const cutoff = new Date(Math.max(...lines.map((l) => (passageOf(l).cutoffAt as Date).getTime())));
      plan.purchaseOrders.push({
        organisationId: orgs.orgIds.grocery, producerId, date: dbDate(week.date), lines: poLines as unknown as Prisma.InputJsonValue,
        totalCents: poLines.reduce((n, l) => n + l.quantity * l.producerPriceCents, 0), frozenAt: cutoff,
      });
      const short = SHORT[producer.key].week === index ? SHORT[producer.key] : null;
      // The product that fell short: the one most ordered that date.
      const shortOffer = short ? [...poLines].sort((a, b) => b.quantity - a.quantity)[0]!.offerId : null;
      if (producer.route === "warehouse_drop") {
        const recordedAt = parisInstant(week.date, DROP_TICKED[index] ?? "07:14");
        for (const l of poLines) {
          const missing = l.offerId === shortOffer ? Math.min(short!.missing, l.quantity) : 0;
          plan.receipts.push({ offerId: l.offerId, date: dbDate(week.date), tourId: null, expected: l.quantity, received: l.quantity - missing, note: missing ? short!.note : null, recordedById: orgs.staff.groceryCoordinator, recordedAt });
          if (missing) leaveShort(lines.filter((x) => x.offerId === l.offerId), l.quantity - missing);
        }
        return;
      }
      const byTour = new Map<string, Line[]>();
      for (const l of lines) byTour.set(passageOf(l).tourId as string, [...(byTour.get(passageOf(l).tourId as string) ?? []), l]);
      // The round that loads the most of the short product at the farm counts it short.
      const shortTour = shortOffer ? [...byTour].sort(([, a], [, b]) => count(b, shortOffer) - count(a, shortOffer))[0]![0] : null;
      for (const [tourId, tourLines] of byTour) {
        const tour = tours.get(tourId)!;
        for (const offer of offers) {
          const expected = count(tourLines, offer.id!);
          if (!expected) continue;
          const missing = tourId === shortTour && offer.id === shortOffer ? Math.min(short!.missing, expected) : 0;
          plan.receipts.push({
            offerId: offer.id!, date: dbDate(week.date), tourId, expected, received: expected - missing, note: missing ? short!.note : null,
            recordedById: tour.driverId ?? null, recordedAt: new Date((tour.startedAt as Date).getTime() + 25 * MINUTE),
          });
          if (missing) leaveShort(tourLines.filter((x) => x.offerId === offer.id), expected - missing);
        }
      }
    });
  }
  return plan;

  function count(lines: Line[], offerId: string): number {
    return lines.filter((l) => l.offerId === offerId).reduce((n, l) => n + l.quantity, 0);
  }

  /** The households served last get what did not come: handed over without it, and charged less. */
  function leaveShort(lines: Line[], received: number): void {
    const ids = new Map(lines.map((l, i) => [String(i), l]));
    const shares = shareShortfall([...ids].map(([id, l]) => {
      const passage = passages.get(orderRows.get(l.orderId)!.passageId)!;
      return { id, quantity: l.quantity, sequence: passage.sequence ?? null, householdName: householdName.get(l.orderId) ?? "" };
    }), received);
    for (const [id, missing] of shares) {
      const line = ids.get(id)!;
      const order = orderRows.get(line.orderId)!;
      line.shortQuantity = missing;
      order.totalCents = Number(order.totalCents) - missing * line.unitPriceCents;
      if (order.status === "not_collected" || (line.deliveredQuantity ?? 0) === 0) continue;
      const withheld = Math.min(missing, line.deliveredQuantity ?? 0);
      line.deliveredQuantity = (line.deliveredQuantity ?? 0) - withheld;
      order.status = "partially_delivered";
      const handover = history.handovers.find((h) => h.orderId === line.orderId);
      if (handover) Object.assign(handover, { outcome: "partial", note: "Manquait à la réception du producteur" });
      const due = orders.lines.filter((l) => l.orderId === line.orderId).reduce((n, l) => n + l.unitPriceCents * (l.deliveredQuantity ?? 0), 0);
      for (const payment of history.payments.filter((p) => p.orderId === line.orderId)) {
        payment.amountCents = Math.min(payment.amountCents, due);
        if (payment.tenderedCents != null) payment.tenderedCents = Math.ceil(payment.amountCents / 500) * 500;
      }
      history.payments = history.payments.filter((p) => p.amountCents > 0);
    }
  }
}
