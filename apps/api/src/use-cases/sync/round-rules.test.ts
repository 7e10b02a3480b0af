/**
 * A driver acts only on their own rounds: a change on a passage or an order that never was on
 * the driver's round changes nothing; passage_moved is for passages that really left it; no
 * payment on a closed round; a payment beyond what is due never doubles the cash to hand in.
 */
import type { RoundAlerts } from "@tournee/domain";
import { MemoryOutbox, type Mutation, type PullResponse, type PushResponse, type Round } from "@tournee/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fingerprint } from "../../test-support/fingerprint.js";
import { at, byStatus, startRoundApp } from "../../test-support/round-app.js";
import type { RoundWorld } from "../../test-support/round-world.js";
import type { TestApp, TestClient } from "../../test-support/test-app.js";
import { PASSWORD, type World } from "../../test-support/world.js";

let app: TestApp;
let w: World;
let r: RoundWorld;
let driver: TestClient;
let phone: MemoryOutbox;
/** driverA2's round a week later, with a passage and an order of its own. */
const later = { tourId: "", passageId: "", orderId: "", lineId: "" };

beforeAll(async () => {
  ({ app, w, r, driver } = await startRoundApp());
  phone = new MemoryOutbox("0190a000-0000-7000-8000-00000000f101");
  const prisma = app.db.prisma;
  const date = new Date("2026-03-17T00:00:00Z");
  const vehicle = await prisma.vehicle.findFirstOrThrow({ where: { tours: { some: { id: w.tours.driverA2 } } } });
  const tour = await prisma.tour.create({ data: { organisationId: w.org.groceryA, date, driverId: w.users.driverA2.id, vehicleId: vehicle.id, status: "published", version: 1 } });
  const stop = await prisma.stop.create({ data: { organisationId: w.org.groceryA, kind: "halt", name: "Lavoir", city: "Ajain", latitude: 46.2, longitude: 1.99 } });
  const passage = await prisma.passage.create({
    data: { organisationId: w.org.groceryA, stopId: stop.id, date, tourId: tour.id, sequence: 0, windowStart: new Date("2026-03-17T10:00:00Z"), windowEnd: new Date("2026-03-17T10:30:00Z"), cutoffAt: new Date("2026-03-16T17:00:00Z") },
  });
  const line = await prisma.orderLine.findFirstOrThrow({ where: { orderId: r.orders.other } });
  const order = await prisma.order.create({
    data: {
      organisationId: w.org.groceryA, householdId: w.households.delegated, passageId: passage.id, channel: "relay", enteredById: w.users.relay.id, cutoffAt: passage.cutoffAt, totalCents: 150, referenceTotalCents: 200,
      lines: { create: { offerId: line.offerId, productId: line.productId, quantity: 1, unitPriceCents: 150, referenceUnitPriceCents: 200, socialPrice: true } },
    },
    include: { lines: true },
  });
  Object.assign(later, { tourId: tour.id, passageId: passage.id, orderId: order.id, lineId: order.lines[0]!.id });
});
afterAll(() => app.close());

async function record(kind: string, payload: Record<string, unknown>, outbox = phone, tourId = w.tours.driverA1): Promise<Mutation> {
  return outbox.enqueue({ kind, payload: { tourId, ...payload }, deviceTime: at("10:00") });
}

async function push(mutations: Mutation[], client = driver, deviceId = phone.deviceId): Promise<PushResponse> {
  const res = await client.post<PushResponse>("/api/sync/push", { deviceId, mutations });
  expect(res.status, res.text).toBe(200);
  return res.body;
}

describe("a driver's changes reach only their own rounds", () => {
  it("refuses every change on another driver's passage and order (another date, another round) and changes nothing", async () => {
    const theirs = { passageId: later.passageId, orderId: later.orderId };
    const before = await fingerprint(app.db.sql, { except: ["AppliedMutation", "Device"] });
    const batch = [
      await record("passage.arrived", { passageId: later.passageId }),
      await record("order.handed_over", { ...theirs, lines: [] }),
      await record("payment.taken", { ...theirs, method: "cash", amountCents: 150 }),
      await record("order.absent", theirs),
      await record("note.added", { passageId: later.passageId, text: "Pas à moi" }),
      await record("wellbeing.flagged", { passageId: later.passageId, householdId: w.households.delegated, reason: "Inquiétude" }),
    ];
    expect(byStatus((await push(batch)).results)).toEqual(Array(6).fill("rejected:not_your_round"));
    expect(await fingerprint(app.db.sql, { except: ["AppliedMutation", "Device"] })).toBe(before);

    // Their driver's own handover goes through, as if nothing had been sent.
    const other = await app.client().login(w.users.driverA2.email, PASSWORD);
    const theirPhone = new MemoryOutbox("0190a000-0000-7000-8000-00000000f102");
    const handover = await record("order.handed_over", { ...theirs, lines: [] }, theirPhone, later.tourId);
    expect(byStatus((await push([handover], other, theirPhone.deviceId)).results)).toEqual(["applied"]);
  });

  it("applies the passage_moved rule only to a passage that left this driver's round", async () => {
    const prisma = app.db.prisma;
    // Same date, other driver's round, never on driverA1's: refused.
    const neighbour = await prisma.passage.create({
      data: { organisationId: w.org.groceryA, stopId: (await prisma.passage.findUniqueOrThrow({ where: { id: later.passageId } })).stopId, date: new Date("2026-03-10T00:00:00Z"), tourId: w.tours.driverA2, windowStart: at("12:00"), windowEnd: at("12:30"), cutoffAt: at("08:00") },
    });
    expect(byStatus((await push([await record("passage.arrived", { passageId: neighbour.id })])).results)).toEqual(["rejected:not_your_round"]);
    // Moved off driverA1's published round while the driver was offline: kept, flagged.
    await prisma.passage.update({ where: { id: r.homeDrop }, data: { tourId: w.tours.driverA2 } });
    const moved = await push([await record("order.handed_over", { passageId: r.homeDrop, orderId: r.orders.own, lines: [] })]);
    expect(byStatus(moved.results)).toEqual(["applied:conflict"]);
    expect(await prisma.syncConflict.count({ where: { rule: "passage_moved", passageId: r.homeDrop } })).toBe(1);
    // Moving a passage off a round before it is published leaves no trace: its driver never saw it.
    await prisma.tour.update({ where: { id: w.tours.driverA2 }, data: { status: "planned" } });
    await prisma.passage.update({ where: { id: neighbour.id }, data: { tourId: null } });
    await prisma.tour.update({ where: { id: w.tours.driverA2 }, data: { status: "published" } });
    expect(await prisma.passageMove.findMany({ where: { passageId: { in: [neighbour.id, r.homeDrop] } }, select: { passageId: true, fromTourId: true, toTourId: true } })).toEqual([
      { passageId: r.homeDrop, fromTourId: w.tours.driverA1, toTourId: w.tours.driverA2 },
    ]);
  });

  it("takes no payment on a closed round: the coordinator gets it as a conflict", async () => {
    const prisma = app.db.prisma;
    const paymentsBefore = await prisma.payment.count();
    const close = await record("tour.closed", {});
    const late = await record("payment.taken", { passageId: r.halt, orderId: r.orders.referred, method: "cash", amountCents: 370 });
    expect(byStatus((await push([close, late])).results)).toEqual(["applied", "rejected:round_closed"]);
    expect(await prisma.payment.count()).toBe(paymentsBefore);
    expect(await prisma.syncConflict.count({ where: { rule: "after_close", mutationId: late.id } })).toBe(1);
    const kept = await prisma.appliedMutation.findUniqueOrThrow({ where: { id: late.id } });
    expect(kept.resultDetail).toMatchObject({ payload: { amountCents: 370 } });
  });
});

describe("closing a round", () => {
  it("is refused before the round's day, so a slip the evening before leaves the round on the phone; on the day it closes", async () => {
    const prisma = app.db.prisma;
    const own = await prisma.tour.findUniqueOrThrow({ where: { id: w.tours.driverA1 } });
    const tomorrow = await prisma.tour.create({ data: { organisationId: own.organisationId, date: new Date("2026-03-11T00:00:00Z"), driverId: own.driverId, vehicleId: own.vehicleId, status: "published", version: 1 } });
    const early = await record("tour.closed", {}, phone, tomorrow.id);
    const refused = (await push([early])).results;
    expect(byStatus(refused)).toEqual(["rejected:round_not_started"]);
    expect(refused[0]?.message).toContain("2026-03-11");
    expect((await prisma.tour.findUniqueOrThrow({ where: { id: tomorrow.id } })).status).toBe("published");

    const clock = app.clock.now;
    app.clock.now = new Date("2026-03-11T17:00:00Z");
    try {
      const onTheDay = await record("tour.closed", {}, phone, tomorrow.id);
      expect(byStatus((await push([onTheDay])).results)).toEqual(["applied"]);
      expect((await prisma.tour.findUniqueOrThrow({ where: { id: tomorrow.id } })).status).toBe("closed");
    } finally {
      app.clock.now = clock;
    }
  });
});

describe("a payment beyond what is still due", () => {
  it("is kept but held out of the cash due, and flagged for the coordinator", async () => {
    const prisma = app.db.prisma;
    await prisma.tour.update({ where: { id: w.tours.driverA1 }, data: { status: "in_progress", closedAt: null } });
    const own = { passageId: r.halt, orderId: r.orders.other };
    const first = await record("payment.taken", { ...own, method: "cash", amountCents: 300 });
    expect(byStatus((await push([first])).results)).toEqual(["applied"]);
    // The same driver's second phone, with a copy of the round from before the payment.
    const second = new MemoryOutbox("0190a000-0000-7000-8000-00000000f103");
    const again = await record("payment.taken", { ...own, method: "cash", amountCents: 300 }, second);
    expect(byStatus((await push([again], driver, second.deviceId)).results)).toEqual(["applied:conflict"]);
    const payments = await prisma.payment.findMany({ where: { orderId: r.orders.other }, orderBy: { receivedAt: "asc" } });
    expect(payments.map((p) => [p.amountCents, p.heldCents, p.tourId])).toEqual([
      [300, 0, w.tours.driverA1],
      [300, 300, w.tours.driverA1],
    ]);
    const coord = await app.client().login(w.users.coordA.email, PASSWORD);
    const alerts = await coord.get<RoundAlerts>("/api/round-alerts?from=2026-03-10&to=2026-03-10");
    const flagged = alerts.body.conflicts.filter((c) => c.rule === "overpayment");
    expect(flagged.map((c) => [c.orderId, c.household?.name, c.heldCents])).toEqual([[r.orders.other, "Other", 300]]);
    // Only the part beyond what is due is held: 120 c due, 100 c paid, then 100 c more.
    const partial = { passageId: r.halt, orderId: r.orders.referred };
    await prisma.orderLine.updateMany({ where: { orderId: r.orders.referred }, data: { deliveredQuantity: null } });
    await prisma.orderLine.update({ where: { id: r.lines.referredOil }, data: { deliveredQuantity: 0 } });
    await prisma.handover.create({ data: { orderId: r.orders.referred, driverId: w.users.driverA1.id, outcome: "partial", deviceTime: at("10:00"), receivedAt: at("10:00") } });
    const results = await push([await record("payment.taken", { ...partial, method: "card", amountCents: 100 }), await record("payment.taken", { ...partial, method: "card", amountCents: 100 })]);
    expect(byStatus(results.results)).toEqual(["applied", "applied:conflict"]);
    const split = await prisma.payment.findMany({ where: { orderId: r.orders.referred }, orderBy: { deviceTime: "asc" } });
    expect(split.map((p) => p.heldCents).sort()).toEqual([0, 80]);
    // What the driver hands in, whichever phone asks: held parts are not counted.
    const pulled = await driver.get<PullResponse>("/api/sync/pull");
    expect(pulled.body.tours.find((t) => t.id === w.tours.driverA1)?.takings).toEqual({ cash: 300, card: 120, voucher: 0, credit: 0 });
    const round = await driver.get<Round>(`/api/tours/${w.tours.driverA1}/round`);
    expect(round.body.takings).toEqual({ cash: 300, card: 120, voucher: 0, credit: 0 });
  });
});
