/**
 * The rounds already done: per round date, the three tours as they were driven (the Nord halts by
 * the truck, the Sud halts by the small truck, the home drops by the van), closed; each order
 * handed over (most in full, some short of a product, a few households absent) and paid at the
 * door, except for a few households who will pay next time (an open balance to follow up).
 */
import { randomUUID } from "node:crypto";
import type { Prisma } from "../generated/prisma/client.js";
import { dbDate, parisInstant } from "./dates.js";
import type { OrdersPlan, PlannedOrder } from "./plan-orders.js";
import type { OrganisationsPlan } from "./plan-organisations.js";
import type { PlannedPassage, RoundsPlan } from "./plan-rounds.js";
import type { Rng } from "./prng.js";
import { HOME_DROP_VEHICLE, ROUNDS } from "./rounds.js";

const MINUTE = 60_000;
/** Published arrival = window start + 10 minutes (plan-rounds.ts). */
const EARLY_MS = 10 * MINUTE;
/** From the depot to the first stop, and from the last one back, as the planner estimates a day done. */
const DEPOT_LEG_MS = 20 * MINUTE;
const AVERAGE_KMH = 45;

export interface HistoryPlan {
  tours: Prisma.TourCreateManyInput[];
  handovers: Prisma.HandoverCreateManyInput[];
  payments: Prisma.PaymentCreateManyInput[];
}

/** Fills the passages, orders and lines of the weeks done with what happened, and returns the tours, handovers and payments. */
export function planHistory(orgs: OrganisationsPlan, rounds: RoundsPlan, orders: OrdersPlan, rng: Rng): HistoryPlan {
  const plan: HistoryPlan = { tours: [], handovers: [], payments: [] };
  const [truckDriver, vanDriver, smallTruckDriver] = orgs.staff.drivers as [string, string, string];
  const driverOf = new Map([[ROUNDS[0]!.vehicle, truckDriver], [ROUNDS[1]!.vehicle, smallTruckDriver], [HOME_DROP_VEHICLE, vanDriver]]);
  const passageRows = new Map(rounds.passages.map((p) => [p.id as string, p]));
  const orderRows = new Map(orders.orders.map((o) => [o.id as string, o]));
  const lineRows = new Map<string, Prisma.OrderLineCreateManyInput[]>();
  for (const line of orders.lines) lineRows.set(line.orderId, [...(lineRows.get(line.orderId) ?? []), line]);
  const lastDone = rounds.weeks.filter((w) => w.kind === "done").at(-1)?.date;
  for (const week of rounds.weeks.filter((w) => w.kind === "done")) {
    const passages = [...rounds.byDate.get(week.date)!.values()];
    const ordersOfDay = orders.planned.filter((o) => o.passage.date === week.date);
    const ordered = new Set(ordersOfDay.map((o) => o.passage.id));
    const loads: [string, PlannedPassage[]][] = [
      ...ROUNDS.map((r): [string, PlannedPassage[]] => [r.vehicle, passages.filter((p) => p.kind === "halt" && p.templateId === rounds.templateOfArea.get(r.area))]),
      [HOME_DROP_VEHICLE, passages.filter((p) => p.kind === "home_drop" && ordered.has(p.id))],
    ];
    for (const [vehicle, stops] of loads) {
      if (!stops.length) continue;
      const tourId = randomUUID();
      const driverId = driverOf.get(vehicle)!;
      const tour: Prisma.TourCreateManyInput = {
        id: tourId, organisationId: orgs.orgIds.grocery, templateId: stops[0]!.templateId, date: dbDate(week.date), vehicleId: orgs.vehicleIds.get(vehicle) ?? null,
        driverId, status: "closed", version: 1, publishedAt: parisInstant(week.date, "07:00"), routingProvider: "estimate",
        startedAt: parisInstant(week.date, "07:40"), closedAt: parisInstant(week.date, "17:10"),
      };
      plan.tours.push(tour);
      let dwelling = 0;
      stops.sort((a, b) => a.order - b.order).forEach((stop, sequence) => {
        // Home drops follow one another every 25 minutes from the start of the households' window.
        const arrival = new Date(stop.kind === "halt" ? stop.windowStart.getTime() + EARLY_MS : stop.windowStart.getTime() + sequence * 25 * MINUTE);
        const row = passageRows.get(stop.id)!;
        const dwell = (row.dwellMinutes ?? 10) * MINUTE;
        dwelling += dwell;
        if (sequence === 0) tour.plannedStartAt = new Date(arrival.getTime() - DEPOT_LEG_MS);
        tour.plannedEndAt = new Date(arrival.getTime() + dwell + DEPOT_LEG_MS);
        Object.assign(row, { tourId, sequence, plannedArrival: arrival, publishedArrival: arrival, plannedDeparture: new Date(arrival.getTime() + dwell), arrivedAt: new Date(arrival.getTime() + rng.int(-3, 9) * MINUTE) });
        for (const order of ordersOfDay.filter((o) => o.passage.id === stop.id)) {
          handOver({ plan, order, row: orderRows.get(order.id)!, lines: lineRows.get(order.id) ?? [], driverId, at: arrival, owes: week.date === lastDone && order.household.index % 11 === 4, rng });
        }
        const absent = stop.kind === "home_drop" && ordersOfDay.every((o) => o.passage.id !== stop.id || orderRows.get(o.id)!.status === "not_collected");
        Object.assign(row, { outcome: absent ? "missed" : "visited", departedAt: new Date(arrival.getTime() + dwell) });
      });
      // As the estimate plans it: the day from the depot and back, its driving at an average speed.
      const durationMs = (tour.plannedEndAt as Date).getTime() - (tour.plannedStartAt as Date).getTime();
      Object.assign(tour, { plannedDurationS: Math.round(durationMs / 1000), plannedDrivingS: Math.round((durationMs - dwelling) / 1000), plannedDistanceM: Math.round(((durationMs - dwelling) / 3_600_000) * AVERAGE_KMH * 1000) });
    }
  }
  return plan;
}

interface HandOver {
  plan: HistoryPlan;
  order: PlannedOrder;
  row: Prisma.OrderCreateManyInput;
  lines: Prisma.OrderLineCreateManyInput[];
  driverId: string;
  at: Date;
  /** The household pays only part of it this time. */
  owes: boolean;
  rng: Rng;
}

/** Delivered in full (most), short of one product (some), or the household was absent (a few); paid at the door. */
function handOver({ plan, order, row, lines, driverId, at, owes, rng }: HandOver): void {
  const roll = rng.next();
  const deviceTime = new Date(at.getTime() + rng.int(1, 12) * MINUTE);
  if (roll < 0.07) {
    Object.assign(row, { status: "not_collected", version: 2 });
    for (const line of lines) line.deliveredQuantity = 0;
    plan.handovers.push({ orderId: order.id, driverId, outcome: "absent", deviceTime, receivedAt: deviceTime, note: "Personne à la maison" });
    return;
  }
  const short = roll < 0.13 && lines.length > 1 ? lines[lines.length - 1]! : undefined;
  for (const line of lines) line.deliveredQuantity = line === short ? 0 : line.quantity;
  Object.assign(row, { status: short ? "partially_delivered" : "delivered", version: 2 });
  plan.handovers.push({ orderId: order.id, driverId, outcome: short ? "partial" : "delivered", deviceTime, receivedAt: deviceTime, note: short ? "1 ligne manquante" : null });
  const due = lines.reduce((sum, l) => sum + l.unitPriceCents * (l.deliveredQuantity ?? 0), 0);
  const paid = owes ? Math.floor(due / 200) * 100 : due;
  if (paid <= 0) return;
  const method = rng.pick(["cash", "cash", "cash", "card", "card", "voucher"] as const);
  const tendered = method === "cash" ? Math.ceil(paid / 500) * 500 : null;
  plan.payments.push({ householdId: order.household.id, orderId: order.id, passageId: order.passage.id, method, amountCents: paid, tenderedCents: tendered,
    collectedById: driverId, deviceTime, receivedAt: deviceTime });
}
