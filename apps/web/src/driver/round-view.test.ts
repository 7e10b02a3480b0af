import type { Round } from "@tournee/sync";
import { describe, expect, it } from "vitest";
import type { JournalEntry } from "./driver-db";
import { nextStopNumber, roundView, summarise, tripLoading } from "./round-view";

const T = "0190a000-0000-7000-8000-000000000001";
const P = "0190a000-0000-7000-8000-000000000002";
const O1 = "0190a000-0000-7000-8000-000000000003";
const O2 = "0190a000-0000-7000-8000-000000000004";
const L1 = "0190a000-0000-7000-8000-000000000005";
const L2 = "0190a000-0000-7000-8000-000000000006";

const order = (id: string, lines: { id: string; quantity: number }[], dueCents: number) => ({
  id,
  status: "confirmed",
  household: { id, name: id, accessNotes: null },
  lines: lines.map((l) => ({ ...l, productName: "x", unit: "u", compartment: "ambient", deliveredQuantity: null })),
  dueCents,
  paidCents: 0,
  outcome: null,
  carriedFor: null,
});

const round: Round = {
  tour: { id: T, date: "2026-03-10", version: 1, status: "published", vehicleName: "Camion", geometry: null, plannedDistanceM: null, plannedDurationS: null, routingProvider: "osrm", estimatedShare: 0, geometryProvider: null, plannedStart: null, plannedEnd: null },
  passages: [
    {
      id: P, sequence: 0, kind: "halt", stopName: "Place", city: "Aubusson", latitude: 45.95, longitude: 2.16, accessNotes: null,
      windowStart: "2026-03-10T09:00:00.000Z", windowEnd: "2026-03-10T09:30:00.000Z", plannedArrival: null, outcome: "pending", arrivedAt: null,
      orders: [order(O1, [{ id: L1, quantity: 3 }, { id: L2, quantity: 1 }], 370), order(O2, [{ id: L2, quantity: 1 }], 100)],
    },
  ],
  /** Money the server recorded for the round, taken on another phone. */
  takings: { cash: 500, card: 0, voucher: 0, credit: 0 },
  takingsFor: [],
  tiles: null,
  cursor: "0.0",
  downloadedAt: "2026-03-10T06:00:00.000Z",
};

let seq = 0;
const entry = (kind: string, payload: Record<string, unknown>): JournalEntry => ({ id: `${++seq}`, deviceId: "d", seq, deviceTime: "2026-03-10T09:00:00.000Z", kind, payload: { tourId: T, passageId: P, ...payload }, tourId: T });

describe("roundView", () => {
  it("shows the device's own changes on top of the downloaded round; money to hand in is the server's plus what waits to be sent", () => {
    const journal = [
      entry("order.handed_over", { orderId: O1, lines: [{ lineId: L2, delivered: 0 }] }),
      entry("payment.taken", { orderId: O1, method: "cash", amountCents: 120, tenderedCents: 200 }),
      entry("order.absent", { orderId: O2 }),
      entry("order.handed_over", { orderId: O2, lines: [] }),
      entry("wellbeing.flagged", { householdId: O2, reason: "x" }),
    ];
    const [stop] = roundView(round, journal);
    // No unit prices on the phone: a partial handover is priced by the server at the next sync.
    expect(stop!.orders.map((o) => [o.outcome, o.dueNowCents, o.paidNowCents])).toEqual([["partial", null, 120], ["absent", 0, 0]]);
    expect([stop!.arrived, stop!.done, stop!.concerns]).toEqual([true, true, 1]);
    expect(summarise([stop!], journal, round.takings, new Set([journal[1]!.id]))).toMatchObject({ delivered: 0, partial: 1, absent: 1, stopsDone: 1, byMethod: { cash: 620, card: 0 } });
    // Once sent, the payment is in the server's figure: counted once.
    expect(summarise([stop!], journal, { ...round.takings, cash: 620 }, new Set()).byMethod.cash).toBe(620);
    const all = roundView(round, [entry("order.handed_over", { orderId: O1, lines: [] })]);
    expect(all[0]!.orders[0]!.dueNowCents).toBe(370);
  });

  it("puts a refusal on its order, and a cancelled order not handed over leaves nothing to do at the stop", () => {
    const cancelled: Round = { ...round, passages: round.passages.map((p) => ({ ...p, orders: p.orders.map((o) => (o.id === O2 ? { ...o, status: "cancelled" } : o)) })) };
    const handed = entry("order.handed_over", { orderId: O1, lines: [] });
    const refusal = { id: handed.id, seq: handed.seq, status: "rejected" as const, code: "already_handed_over", message: "x", kind: handed.kind, tourId: T, passageId: P, orderId: O1 };
    const [stop] = roundView(cancelled, [handed], [refusal]);
    expect(stop!.orders.map((o) => [o.cancelled, o.issues.map((i) => i.code)])).toEqual([[false, ["rejected:already_handed_over"]], [true, []]]);
    expect(stop!.done).toBe(true);
    expect(summarise([stop!], [handed], round.takings, new Set())).toMatchObject({ delivered: 1, cancelled: 1 });
  });
});

describe("the stop to drive to now", () => {
  const stops = (done: boolean[]) => done.map((d, i) => ({ sequence: i + 1, done: d }));

  it("is the bakery first when the round loads its bread there, then the first stop not done", () => {
    // Stop 1 is the bakery, the passages are 2, 3 and 4.
    expect(nextStopNumber(stops([false, false, false]), [{ sequence: 0 }])).toBe(1);
    expect(nextStopNumber(stops([true, false, false]), [{ sequence: 0 }])).toBe(3);
    expect(nextStopNumber(stops([false, false, false]), [])).toBe(2);
  });

  it("is a bakery halfway once the stops before it are done, and none when all are", () => {
    // Passages 1, 2, 4 and 5, the bakery is 3.
    const view = [{ sequence: 0, done: true }, { sequence: 1, done: true }, { sequence: 3, done: false }, { sequence: 4, done: false }];
    expect(nextStopNumber(view, [{ sequence: 2 }])).toBe(3);
    expect(nextStopNumber(view.map((p) => ({ ...p, done: true })), [{ sequence: 2 }])).toBeNull();
  });
});

describe("a multi-trip round's loading list per trip", () => {
  it("sums what the stops of that trip hand over, leaving out the stops of the other trips and cancelled orders", () => {
    const second = { ...round.passages[0]!, id: O2, sequence: 1, orders: [order(O2, [{ id: L2, quantity: 4 }], 0), { ...order(O1, [{ id: L1, quantity: 9 }], 0), status: "cancelled" }] };
    const multi = { ...round, passages: [round.passages[0]!, second], reloads: [{ trip: 2, beforeSequence: 1, siteName: "Entrepôt", plannedArrival: "2026-03-10T10:00:00.000Z", load: { ambient: 4 } }] };
    expect(tripLoading(multi, 1)).toEqual([{ productName: "x", unit: "u", compartment: "ambient", quantity: 5 }]);
    expect(tripLoading(multi, 2)).toEqual([{ productName: "x", unit: "u", compartment: "ambient", quantity: 4 }]);
    expect(tripLoading({ ...multi, reloads: [] }, 1)[0]!.quantity).toBe(9);
  });
});
