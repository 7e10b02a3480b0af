/**
 * Ordering through the API as residents, relays and coordinators: prices as the household pays
 * them (and nothing about how they are made), change and cancel before the cutoff, who entered
 * what for whom, "same as last time", the coordinator's summary and renewal reminders.
 */
import { participationPrice } from "@tournee/domain/pricing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp, type TestClient } from "../../test-support/test-app.js";
import { addRoundPassage } from "../../test-support/world-catalogue.js";
import { buildWorld, PASSWORD, type World } from "../../test-support/world.js";

interface Order {
  id: string;
  status: string;
  channel: string;
  version: number;
  enteredBy: { id: string };
  totalCents: number;
  creditLeftCents: number | null;
  lines: { offerId: string; productName: string; quantity: number; unitPriceCents: number; staff?: { socialPrice: boolean } }[];
  dropped?: { productName: string; reason: string; quantity: number }[];
}
interface Catalogue {
  creditLeftCents: number | null;
  passage: { open: boolean; cutoffAt: string };
  shelves: { shelf: string; items: { offerId: string; unitPriceCents: number; available: number }[] }[];
  staff?: { eligibilityState: string; participationRatePercent: number | null };
}

let app: TestApp;
let w: World;
let resident: TestClient, relay: TestClient, coord: TestClient, referrer: TestClient;
let round: { organisationId: string; stopId: string; templateId: string };
let april: string;

const reserved = async (offerId: string, passageId: string) => {
  const passage = await app.db.prisma.passage.findUniqueOrThrow({ where: { id: passageId } });
  return (await app.db.prisma.offerStock.findFirstOrThrow({ where: { offerId, templateId: passage.templateId!, date: passage.date } })).reserved;
};

beforeAll(async () => {
  app = await startTestApp();
  w = await buildWorld(app.db.prisma);
  app.clock.now = new Date("2026-03-20T10:00:00Z");
  const prisma = app.db.prisma;
  await prisma.household.update({ where: { id: w.households.own }, data: { usualStopId: w.catalogue.stopId } });
  await prisma.eligibility.create({
    data: { householdId: w.households.own, organisationId: w.org.groceryA, participationRatePercent: 30, monthlyCapCents: 5000, validFrom: new Date("2026-03-01"), validTo: new Date("2026-09-30") },
  });
  round = { organisationId: w.org.groceryA, stopId: w.catalogue.stopId, templateId: w.catalogue.templateId };
  april = (await addRoundPassage(prisma, round, "2026-04-14", { [w.catalogue.offers.pasta]: 50, [w.catalogue.offers.bread]: 50 })).id;
  const login = (email: string) => app.client().login(email, PASSWORD);
  [resident, relay, coord, referrer] = await Promise.all([login(w.users.resident.email), login(w.users.relay.email), login(w.users.coordA.email), login(w.users.referrer.email)]);
}, 60_000);
afterAll(() => app.close());

describe("catalogue for a passage", () => {
  it("shows a resident the passage, the price to pay and the credit left, never how the price is made", async () => {
    const passages = await resident.get<{ id: string; open: boolean; order: unknown }[]>(`/api/passages?householdId=${w.households.own}&from=2026-04-01&to=2026-04-30`);
    expect(passages.status).toBe(200);
    expect(passages.body).toEqual([expect.objectContaining({ id: april, open: true, order: null })]);
    const res = await resident.get<Catalogue>(`/api/passages/${april}/catalogue?householdId=${w.households.own}`);
    expect(res.status).toBe(200);
    const items = new Map(res.body.shelves.flatMap((s) => s.items).map((i) => [i.offerId, i]));
    expect(items.get(w.catalogue.offers.pasta)).toMatchObject({ unitPriceCents: participationPrice(199, 30), available: 50 });
    expect(items.get(w.catalogue.offers.bread)).toMatchObject({ unitPriceCents: 250 });
    expect(res.body.creditLeftCents).toBe(5000);
    expect(res.body.passage.cutoffAt).toBe("2026-04-13T16:00:00.000Z");
    expect(res.text).not.toMatch(/eligib|participation|social|reference|staff|rate/i);
    const staffView = await coord.get<Catalogue>(`/api/passages/${april}/catalogue?householdId=${w.households.own}`);
    expect(staffView.body.staff).toEqual({ eligibilityState: "valid", participationRatePercent: 30, monthlyCapCents: 5000 });
  });
});

describe("placing, changing and cancelling", () => {
  let orderId: string;
  it("records the resident's own order, priced for the household, and reserves stock", async () => {
    const res = await resident.post<Order>("/api/orders", { householdId: w.households.own, passageId: april, lines: [{ offerId: w.catalogue.offers.pasta, quantity: 3 }, { offerId: w.catalogue.offers.bread, quantity: 2 }] });
    expect(res.status).toBe(201);
    orderId = res.body.id;
    expect(res.body).toMatchObject({ channel: "app", enteredBy: { id: w.users.resident.id }, status: "confirmed", version: 1, totalCents: 3 * 60 + 2 * 250, creditLeftCents: 5000 - 3 * 199 });
    expect(res.text).not.toMatch(/eligib|participation|social|reference|staff/i);
    await expectReadBack(res.body);
    expect(await reserved(w.catalogue.offers.pasta, april)).toBe(3);
    const again = await resident.post<{ code: string }>("/api/orders", { householdId: w.households.own, passageId: april, lines: [{ offerId: w.catalogue.offers.pasta, quantity: 1 }] });
    expect(again.status).toBe(409);
  });

  it("replaces the lines, refuses a stale version, and gives stock back", async () => {
    const res = await resident.patch<Order>(`/api/orders/${orderId}`, { version: 1, lines: [{ offerId: w.catalogue.offers.pasta, quantity: 1 }] });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ version: 2, totalCents: 60, lines: [{ quantity: 1 }] });
    await expectReadBack(res.body);
    expect(await reserved(w.catalogue.offers.pasta, april)).toBe(1);
    expect(await reserved(w.catalogue.offers.bread, april)).toBe(0);
    const stale = await resident.patch<{ code: string }>(`/api/orders/${orderId}`, { version: 1, lines: [{ offerId: w.catalogue.offers.pasta, quantity: 2 }] });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe("conflict");
  });

  it("records orders on behalf: a relay with a delegation, a coordinator on the phone", async () => {
    const byRelay = await relay.post<Order>("/api/orders", { householdId: w.households.delegated, passageId: april, lines: [{ offerId: w.catalogue.offers.bread, quantity: 1 }] });
    expect(byRelay.body).toMatchObject({ channel: "relay", enteredBy: { id: w.users.relay.id } });
    const byPhone = await coord.post<Order>("/api/orders", { householdId: w.households.other, passageId: april, channel: "phone", lines: [{ offerId: w.catalogue.offers.pasta, quantity: 2 }] });
    expect(byPhone.body).toMatchObject({ channel: "phone", enteredBy: { id: w.users.coordA.id }, totalCents: 2 * participationPrice(199, 10) });
    expect(byPhone.body.lines[0]?.staff).toEqual({ referenceUnitPriceCents: 199, socialPrice: true });
    const forbiddenChannel = await relay.post<{ code: string }>("/api/orders", { householdId: w.households.delegated, passageId: w.catalogue.passages.open, channel: "phone", lines: [{ offerId: w.catalogue.offers.bread, quantity: 1 }] });
    expect(forbiddenChannel.status).toBe(400);
    expect((await relay.get(`/api/orders/${orderId}`)).status).toBe(404);
    const mine = await resident.get<Order[]>(`/api/orders?passageId=${april}`);
    expect(mine.body.map((o) => o.id)).toEqual([orderId]);
    const summary = await coord.get<{ passageId: string; expectedHouseholds: number; ordersReceived: number }[]>("/api/order-summaries?date=2026-04-14");
    expect(summary.body).toEqual([expect.objectContaining({ passageId: april, expectedHouseholds: 1, ordersReceived: 3 })]);
  });

  it("cancels before the cutoff, giving back stock and credit, and can order again", async () => {
    const res = await resident.post<Order>(`/api/orders/${orderId}/cancel`);
    expect(res.status).toBe(200);
    expect(res.body.status).toBe("cancelled");
    await expectReadBack(res.body);
    expect(await reserved(w.catalogue.offers.pasta, april)).toBe(2);
    const catalogue = await resident.get<Catalogue>(`/api/passages/${april}/catalogue?householdId=${w.households.own}`);
    expect(catalogue.body.creditLeftCents).toBe(5000);
    const again = await resident.post<Order>("/api/orders", { householdId: w.households.own, passageId: april, lines: [{ offerId: w.catalogue.offers.bread, quantity: 1 }] });
    expect(again.status).toBe(201);
    expect(again.body).toMatchObject({ id: orderId, status: "confirmed", version: 4, lines: [{ offerId: w.catalogue.offers.bread, quantity: 1 }] });
    await expectReadBack(again.body);
  });

  /** What placing, changing or cancelling answers is the order as it is read afterwards: every line, total and date. */
  async function expectReadBack(answered: Order) {
    const { creditLeftCents: _credit, adjustments: _adjustments, ...shown } = answered as Order & { adjustments?: unknown };
    const read = await coord.get<Order>(`/api/orders/${answered.id}`);
    expect(read.status).toBe(200);
    const residentRead = await resident.get<Order>(`/api/orders/${answered.id}`);
    expect(residentRead.body).toEqual(shown);
    expect(read.body).toMatchObject({ ...shown, lines: shown.lines.map((l) => ({ ...l, staff: expect.any(Object) })), staff: expect.any(Object) });
  }
});

describe("catalogue management", () => {
  it("prices bakery offers normally by default, and never sets stock below what is ordered", async () => {
    const bun = await coord.post<{ id: string }>("/api/products", { organisationId: w.org.groceryA, sku: "BRIOCHE", name: "Brioche", shelf: "Pain", unit: "pièce", kind: "bakery", compartment: "bread", referencePriceCents: 320 });
    expect(bun.status).toBe(201);
    const offer = await coord.post<{ id: string; socialPricing: boolean }>("/api/offers", { organisationId: w.org.groceryA, productId: bun.body.id });
    expect(offer.body.socialPricing).toBe(false);
    const ordered = await reserved(w.catalogue.offers.pasta, april);
    expect(ordered).toBeGreaterThan(0);
    const stock = (quantity: number) => coord.request<{ code: string; detail: string; reserved: number }>("PUT", `/api/offers/${w.catalogue.offers.pasta}/stock`, { json: { templateId: w.catalogue.templateId, date: "2026-04-14", quantity } });
    const tooLow = await stock(ordered - 1);
    expect([tooLow.status, tooLow.body.detail]).toEqual([409, `${ordered} units are already ordered for this round and date; the quantity cannot go below ${ordered}`]);
    expect((await stock(ordered)).body).toMatchObject({ quantity: ordered, reserved: ordered });
    await stock(50);
  });
});

describe("same as last time", () => {
  it("repeats the latest order, dropping what is no longer offered, not on the round or short, and says so", async () => {
    const prisma = app.db.prisma;
    const milk = await prisma.product.create({ data: { organisationId: w.org.groceryA, sku: "LAIT-1L", name: "Lait 1 L", shelf: "Crèmerie", unit: "brique", kind: "grocery", compartment: "ambient", referencePriceCents: 105 } });
    const milkOffer = (await coord.post<{ id: string }>("/api/offers", { organisationId: w.org.groceryA, productId: milk.id })).body.id;
    const { pasta, bread } = w.catalogue.offers;
    const first = await addRoundPassage(prisma, round, "2026-05-05", { [pasta]: 10, [bread]: 10, [milkOffer]: 10 });
    const second = await addRoundPassage(prisma, round, "2026-05-12", { [pasta]: 1, [milkOffer]: 10 });
    const placed = await relay.post("/api/orders", { householdId: w.households.delegated, passageId: first.id, lines: [{ offerId: pasta, quantity: 3 }, { offerId: bread, quantity: 1 }, { offerId: milkOffer, quantity: 2 }] });
    expect(placed.status).toBe(201);
    expect((await coord.patch(`/api/offers/${milkOffer}`, { active: false })).status).toBe(200);
    const res = await relay.post<Order>("/api/orders/repeat", { householdId: w.households.delegated, passageId: second.id });
    expect(res.status).toBe(201);
    expect(res.body.channel).toBe("relay");
    expect(res.body.lines.map((l) => [l.offerId, l.quantity])).toEqual([[pasta, 1]]);
    expect(res.body.dropped).toEqual(
      expect.arrayContaining([
        { productName: "Pain de campagne", reason: "not_on_this_round", quantity: 1 },
        { productName: "Lait 1 L", reason: "no_longer_offered", quantity: 2 },
        { productName: "Pâtes 500 g", reason: "reduced_to_stock", quantity: 2 },
      ]),
    );
    expect(res.body.dropped).toHaveLength(3);
  });
});

describe("expiry and renewal reminders", () => {
  it("reminds the referrer of an eligibility ending within 30 days, then of its expiry; expired means normal prices", async () => {
    app.clock.now = new Date("2026-08-10T08:00:00Z");
    // Months later: sessions have lapsed, sign in again.
    [referrer, coord] = await Promise.all([app.client().login(w.users.referrer.email, PASSWORD), app.client().login(w.users.coordA.email, PASSWORD)]);
    const ending = await referrer.get<{ householdId: string; state: string; daysLeft: number }[]>("/api/eligibility-reminders");
    expect(ending.body).toEqual([expect.objectContaining({ householdId: w.households.referred, state: "ending", daysLeft: 21 })]);
    const forCoordinator = (await coord.get<{ householdId: string }[]>("/api/eligibility-reminders")).body.map((r) => r.householdId).sort();
    expect(forCoordinator).toEqual([w.households.referred, w.households.other].sort());

    app.clock.now = new Date("2026-09-05T08:00:00Z");
    [referrer, coord] = await Promise.all([app.client().login(w.users.referrer.email, PASSWORD), app.client().login(w.users.coordA.email, PASSWORD)]);
    const expired = await referrer.get<{ state: string; daysLeft: number }[]>("/api/eligibility-reminders");
    expect(expired.body).toEqual([expect.objectContaining({ state: "expired", daysLeft: -5 })]);
    const september = await addRoundPassage(app.db.prisma, round, "2026-09-08", { [w.catalogue.offers.pasta]: 10 });
    const res = await coord.post<Order>("/api/orders", { householdId: w.households.referred, passageId: september.id, lines: [{ offerId: w.catalogue.offers.pasta, quantity: 1 }] });
    expect(res.body.lines[0]).toMatchObject({ unitPriceCents: 199, staff: { socialPrice: false } });

    // The referrer asks for a renewal; the grocery's coordinator accepts it.
    const asked = await referrer.post<{ id: string }>("/api/referrals/renewals", { householdId: w.households.referred, participationRatePercent: 20, monthlyCapCents: 15000, validFrom: "2026-09-06", validTo: "2027-02-28" });
    expect(asked.status).toBe(201);
    expect((await coord.post(`/api/referrals/${asked.body.id}/accept`, {})).status).toBe(200);
    expect((await referrer.get<unknown[]>("/api/eligibility-reminders")).body).toEqual([]);
  });
});
