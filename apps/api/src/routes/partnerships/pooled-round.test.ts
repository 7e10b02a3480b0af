/**
 * A pooled round on the demo, from each side: the Red Cross's parcels ride on the grocery's Nord
 * round. Each coordinator sees of the other's households only what delivering needs; the driver
 * hands the parcels over like the grocery's orders, and the Red Cross reads the outcome and the
 * money collected for it.
 */
import type { CreditClaim, LedgerOverview, PooledDeliveries, PooledDesk, PooledStatement, PartnershipsOverview, RoundAlerts, SharedPassage } from "@tournee/domain";
import { MemoryOutbox, type PullResponse, type PushResponse, type Round } from "@tournee/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stopPlanningQueue } from "../../jobs/planning-queue.js";
import { DEMO_PASSWORD, publishDemoDay, seedDemo } from "../../seed/index.js";
import { RED_CROSS_HOUSEHOLDS } from "../../seed/plan-pooled-round.js";
import { startTestApp, type TestApp, type TestClient } from "../../test-support/test-app.js";
import { loadPlanningDay } from "../../use-cases/planning/planning-day.js";
import { postFinishedMonths } from "../../use-cases/partnerships/post-finished-months.js";

/** A Tuesday: the demo day's rounds go out today. */
const TODAY = "2026-11-24";
const RED_CROSS_NAMES = RED_CROSS_HOUSEHOLDS.map((h) => h.name);

let app: TestApp;
const signIn = async (email: string) => {
  const client = app.client();
  await client.login(email, DEMO_PASSWORD);
  return client;
};
let grocery: TestClient;
let redCross: TestClient;
let groceryNames: string[];

beforeAll(async () => {
  app = await startTestApp();
  app.clock.now = new Date(`${TODAY}T06:00:00Z`);
  await seedDemo(app.db.prisma, { today: TODAY });
  await publishDemoDay(app.services, TODAY);
  grocery = await signIn("coordination@tournee.test");
  redCross = await signIn("croixrouge@tournee.test");
  const org = await app.db.prisma.organisation.findUniqueOrThrow({ where: { slug: "demo-epicerie-solidaire-aubusson" } });
  groceryNames = (await app.db.prisma.household.findMany({ where: { organisationId: org.id } })).map((h) => h.name);
}, 180_000);
afterAll(async () => {
  await stopPlanningQueue(app.services);
  await app.close();
});

const active = async (client: TestClient) => (await client.get<PartnershipsOverview>("/api/partnerships")).body.partnerships.find((p) => p.status === "active")!;

describe("a pooled round on the demo", () => {
  it("shows the partnership to both sides, each from its own side, and lets only the other side decide a proposal", async () => {
    const fromGrocery = await grocery.get<PartnershipsOverview>("/api/partnerships");
    const fromRedCross = await redCross.get<PartnershipsOverview>("/api/partnerships");
    expect(fromGrocery.body.partnerships.map((p) => [p.status, p.ourSide])).toEqual([["proposed", "carrier"], ["active", "carrier"]]);
    expect(fromRedCross.body.partnerships.map((p) => [p.status, p.ourSide])).toEqual([["proposed", "partner"], ["active", "partner"]]);
    expect(fromRedCross.body.partnerships[1]!.roundName).toBe("Tournée du mardi — Nord");
    // The Red Cross has no rounds of its own to name; the grocery's are not listed to it.
    expect(fromRedCross.body.rounds).toEqual([]);
    const proposal = fromGrocery.body.partnerships[0]!.id;
    expect((await redCross.post(`/api/partnerships/${proposal}/accept`)).status).toBe(403);
    expect((await (await signIn("boulangerie@tournee.test")).post(`/api/partnerships/${proposal}/accept`)).status).toBe(404);
    expect((await grocery.post(`/api/partnerships/${proposal}/decline`)).body).toMatchObject({ status: "declined" });
    expect((await grocery.post(`/api/partnerships/${proposal}/accept`)).status).toBe(409);
  });

  it("gives each coordinator the partner's deliveries and nothing else of the other organisation's households", async () => {
    const id = (await active(redCross)).id;
    const forRedCross = await redCross.get<PooledDeliveries>(`/api/partnerships/${id}/deliveries`);
    const forGrocery = await grocery.get<PooledDeliveries>(`/api/partnerships/${id}/deliveries`);
    expect(forRedCross.status).toBe(200);
    const today = forRedCross.body.deliveries.filter((d) => d.date === TODAY);
    expect(today).toHaveLength(8);
    expect(today.every((d) => d.time !== null)).toBe(true);
    // Every household that comes to a halt has had parcels; Mme Valadour, served at home, has none yet.
    expect(new Set(forRedCross.body.deliveries.map((d) => d.householdName))).toEqual(new Set(RED_CROSS_NAMES.filter((name) => name !== "Mme Valadour")));
    expect(forRedCross.body.deliveries.filter((d) => d.outcome === "absent")).toHaveLength(1);
    expect(forRedCross.body.collected.cash).toBe(15 * 200);
    expect(forGrocery.body.deliveries.map((d) => d.orderId)).toEqual(forRedCross.body.deliveries.map((d) => d.orderId));

    // Neither side reads the other's households beyond that: no name of the grocery's reaches the
    // Red Cross, no phone or rights of the Red Cross's reach the grocery.
    const redCrossReads = JSON.stringify([forRedCross.body, (await redCross.get("/api/households")).body, (await redCross.get("/api/tours")).body, (await redCross.get("/api/orders")).body]);
    expect(groceryNames.filter((name) => redCrossReads.includes(`"${name}"`))).toEqual([]);
    const groceryReads = JSON.stringify([forGrocery.body, (await grocery.get("/api/households")).body, (await grocery.get("/api/orders")).body]);
    expect(RED_CROSS_HOUSEHOLDS.filter((h) => groceryReads.includes(h.phone)).map((h) => h.name)).toEqual([]);
    expect(JSON.stringify((await grocery.get("/api/households")).body).includes(RED_CROSS_NAMES[0]!)).toBe(false);
    const household = await app.db.prisma.household.findFirstOrThrow({ where: { name: RED_CROSS_NAMES[0] } });
    expect((await grocery.get(`/api/households/${household.id}`)).status).toBe(404);
    expect((await redCross.get(`/api/households/${household.id}`)).status).toBe(200);
  });

  it("lets the Red Cross, and only it, place a parcel on a coming halt of the shared round, at its own price", async () => {
    const id = (await active(redCross)).id;
    expect((await grocery.get(`/api/partnerships/${id}/desk`)).status).toBe(403);
    const desk = (await redCross.get<PooledDesk>(`/api/partnerships/${id}/desk`)).body;
    expect(desk.passages.length).toBeGreaterThan(0);
    expect(desk.passages.every((p) => p.date > TODAY)).toBe(true);
    expect(desk.households.map((h) => h.name).sort()).toEqual([...RED_CROSS_NAMES].sort());
    const parcel = desk.offers.find((o) => o.productName === "Colis alimentaire")!;
    const passage = desk.passages.find((p) => p.city === "Alleyrat")!;
    const household = desk.households[0]!;
    const body = { householdId: household.id, passageId: passage.id, lines: [{ offerId: parcel.id, quantity: 2 }] };
    expect((await grocery.post(`/api/partnerships/${id}/deliveries`, body)).status).toBe(403);
    const placed = await redCross.post<{ totalCents: number }>(`/api/partnerships/${id}/deliveries`, body);
    expect(placed.status).toBe(201);
    expect(placed.body.totalCents).toBe(400);
    const wrongHousehold = await redCross.post(`/api/partnerships/${id}/deliveries`, { ...body, householdId: (await app.db.prisma.household.findFirstOrThrow({ where: { name: groceryNames[0] } })).id });
    expect(wrongHousehold.status).toBe(400);
    const listed = (await grocery.get<PooledDeliveries>(`/api/partnerships/${id}/deliveries`)).body.deliveries;
    expect(listed.find((d) => d.householdName === household.name && d.stopName === passage.stopName)).toMatchObject({ dueCents: 400, lines: [{ productName: "Colis alimentaire", quantity: 2 }] });
  });

  it("carries a Red Cross household served at home to its door on the shared round: planned as a home stop, with only what delivering needs on the grocery's side", async () => {
    const id = (await active(redCross)).id;
    const village = { addressLine: "Lieu-dit La Côte", postcode: "23200", city: "Saint-Maixant", citycode: "23210", latitude: 45.999, longitude: 2.205 };
    const { organisationId } = await app.db.prisma.household.findFirstOrThrow({ where: { name: RED_CROSS_NAMES[0] } });
    const created = await redCross.post<{ id: string }>("/api/households", {
      organisationId, name: "Mme Ferrandon", ...village, phone: "06 39 98 70 99", accessNotes: "Portail vert, sonner deux fois", mobility: "needs_home_drop",
      homeAvailability: [{ weekday: 2, from: 600, to: 720 }],
    });
    expect(created.status).toBe(201);
    const desk = (await redCross.get<PooledDesk>(`/api/partnerships/${id}/desk`)).body;
    expect(desk.households.find((h) => h.id === created.body.id)).toMatchObject({ homeDrop: true });
    // The demo's Mme Valadour, and her.
    expect(desk.households.filter((h) => h.homeDrop).map((h) => h.name).sort()).toEqual(["Mme Ferrandon", "Mme Valadour"]);
    const day = desk.passages[0]!;
    expect(day.round).toBe("Tournée du mardi — Nord");
    const parcel = desk.offers.find((o) => o.productName === "Colis alimentaire")!;
    const placed = await redCross.post<{ homeDrop: boolean; totalCents: number; awaitsReplanning: boolean }>(`/api/partnerships/${id}/deliveries`, { householdId: created.body.id, passageId: day.id, lines: [{ offerId: parcel.id, quantity: 1 }] });
    expect([placed.status, placed.body.homeDrop, placed.body.totalCents, placed.body.awaitsReplanning]).toEqual([201, true, 200, false]);

    // The grocery's passage at her door, on the round of that day, in her hours at home and with the halts' cutoff.
    const door = await app.db.prisma.passage.findFirstOrThrow({ where: { stop: { householdId: created.body.id } }, include: { stop: true, template: true } });
    expect(door).toMatchObject({ date: new Date(`${day.date}T00:00:00Z`), cutoffAt: new Date(day.cutoffAt), stop: { kind: "home_drop" }, template: { name: "Tournée du mardi — Nord" } });
    expect(door.organisationId).toBe((await app.db.prisma.tourTemplate.findFirstOrThrow({ where: { name: "Tournée du mardi — Nord" } })).organisationId);
    expect(door.windowStart.toISOString()).toBe(`${day.date}T09:00:00.000Z`);
    // The grocery's planner plans it as a home stop carrying the parcel.
    const planning = await loadPlanningDay(app.services, door.organisationId, day.date);
    expect(planning.passages.find((p) => p.passageId === door.id)).toMatchObject({ kind: "home_drop", customers: 1 });
    // Both sides read it among the shared round's deliveries; the grocery gets the door's access notes, never her phone or page.
    const listed = (await grocery.get<PooledDeliveries>(`/api/partnerships/${id}/deliveries?from=${day.date}&to=${day.date}`)).body.deliveries;
    expect(listed.find((d) => d.householdName === "Mme Ferrandon")).toMatchObject({ homeDrop: true, accessNotes: "Portail vert, sonner deux fois", dueCents: 200, city: "Saint-Maixant" });
    expect(JSON.stringify(listed)).not.toContain("06 39 98 70 99");
    expect((await grocery.get(`/api/households/${created.body.id}`)).status).toBe(404);
    expect(JSON.stringify((await grocery.get("/api/stops")).body)).not.toContain("Mme Ferrandon");
    // Placing it again replaces the parcel at the same door; a halt of another round is refused.
    const again = await redCross.post<{ replaced: boolean }>(`/api/partnerships/${id}/deliveries`, { householdId: created.body.id, passageId: day.id, lines: [{ offerId: parcel.id, quantity: 2 }] });
    expect(again.body.replaced).toBe(true);
    expect(await app.db.prisma.passage.count({ where: { stop: { householdId: created.body.id } } })).toBe(1);
    // Her page on the Red Cross's side lists that passage at her door, with the round, the carrier and her parcel.
    const shared = await redCross.get<SharedPassage[]>(`/api/households/${created.body.id}/shared-passages`);
    expect(shared.body).toEqual([expect.objectContaining({ passageId: door.id, date: day.date, homeDrop: true, round: "Tournée du mardi — Nord", carrier: "Épicerie solidaire du Pays d'Aubusson", parcel: { totalCents: 400, lines: [{ productName: "Colis alimentaire", unit: "colis", quantity: 2 }] } })]);
    expect((await grocery.get(`/api/households/${created.body.id}/shared-passages`)).status).toBe(404);
    // A household that comes to a halt reads its usual halt's coming passages on the shared round, with or without a parcel.
    const atHalt = await app.db.prisma.household.findFirstOrThrow({ where: { name: RED_CROSS_NAMES[0] } });
    const halts = (await redCross.get<SharedPassage[]>(`/api/households/${atHalt.id}/shared-passages`)).body;
    expect(halts.length).toBeGreaterThanOrEqual(2);
    expect(halts.every((p) => !p.homeDrop && p.city === "Saint-Maixant" && p.round === "Tournée du mardi — Nord")).toBe(true);
    expect(halts[0]).toMatchObject({ date: TODAY, time: expect.any(String), parcel: expect.objectContaining({ totalCents: 200 }) });
    const south = await app.db.prisma.passage.findFirstOrThrow({ where: { template: { name: { not: "Tournée du mardi — Nord" } }, cutoffAt: { gt: app.clock.now }, stop: { kind: "halt" } } });
    expect((await redCross.post(`/api/partnerships/${id}/deliveries`, { householdId: created.body.id, passageId: south.id, lines: [{ offerId: parcel.id, quantity: 1 }] })).status).toBe(400);

    // Once the grocery has published that day, a parcel for the demo's Mme Valadour waits on no round: both sides are told.
    await publishDemoDay(app.services, day.date);
    expect((await grocery.get<RoundAlerts>("/api/round-alerts")).body.addedAfterPublication).toEqual([]);
    const valadour = desk.households.find((h) => h.name === "Mme Valadour")!;
    const late = await redCross.post<{ homeDrop: boolean; awaitsReplanning: boolean }>(`/api/partnerships/${id}/deliveries`, { householdId: valadour.id, passageId: day.id, lines: [{ offerId: parcel.id, quantity: 1 }] });
    expect([late.status, late.body.homeDrop, late.body.awaitsReplanning]).toEqual([201, true, true]);
    expect((await grocery.get<RoundAlerts>("/api/round-alerts")).body.addedAfterPublication).toEqual([{ date: day.date, count: 1, started: false }]);
    const waiting = (await redCross.get<PooledDeliveries>(`/api/partnerships/${id}/deliveries?from=${day.date}&to=${day.date}`)).body.deliveries;
    expect(waiting.filter((d) => d.awaitsReplanning).map((d) => d.householdName)).toEqual(["Mme Valadour"]);
    // Mme Ferrandon's door, ordered before the day was published, is on a round.
    expect((await app.db.prisma.passage.findUniqueOrThrow({ where: { id: door.id } })).tourId).not.toBeNull();
  });

  it("puts the parcels on the driver's phone, takes their outcome and money offline, and reports them to the Red Cross", async () => {
    const tour = await app.db.prisma.tour.findFirstOrThrow({ where: { date: new Date(`${TODAY}T00:00:00Z`), passages: { some: { orders: { some: { household: { name: RED_CROSS_NAMES[0] } } } } } }, include: { driver: true } });
    const driver = await signIn(tour.driver!.email!);
    const round = (await driver.get<Round>(`/api/tours/${tour.id}/round`)).body;
    const parcels = round.passages.flatMap((p) => p.orders.filter((o) => o.carriedFor).map((o) => ({ passageId: p.id, ...o })));
    expect(parcels).toHaveLength(8);
    expect(new Set(parcels.map((o) => o.carriedFor))).toEqual(new Set(["Croix-Rouge française, unité locale d'Aubusson"]));
    expect(parcels[0]!.lines[0]).toMatchObject({ productName: "Colis alimentaire", unit: "colis", quantity: 1 });
    expect(JSON.stringify(round).includes(RED_CROSS_HOUSEHOLDS[0].phone)).toBe(false);

    const outbox = new MemoryOutbox("0190a000-0000-7000-8000-0000000c0001");
    const parcel = parcels[0]!;
    const at = new Date(`${TODAY}T09:30:00Z`);
    const mutations = [
      await outbox.enqueue({ kind: "order.handed_over", payload: { tourId: tour.id, passageId: parcel.passageId, orderId: parcel.id, lines: [] }, deviceTime: at }),
      await outbox.enqueue({ kind: "payment.taken", payload: { tourId: tour.id, passageId: parcel.passageId, orderId: parcel.id, method: "cash", amountCents: 200 }, deviceTime: at }),
      await outbox.enqueue({ kind: "order.absent", payload: { tourId: tour.id, passageId: parcels[1]!.passageId, orderId: parcels[1]!.id }, deviceTime: at }),
      await outbox.enqueue({ kind: "wellbeing.flagged", payload: { tourId: tour.id, passageId: parcels[1]!.passageId, householdId: parcels[1]!.household.id, reason: "Ne répond pas, voiture au garage" }, deviceTime: at }),
    ];
    app.clock.now = new Date(`${TODAY}T16:00:00Z`);
    const pushed = await driver.post<PushResponse>("/api/sync/push", { deviceId: outbox.deviceId, mutations });
    expect(pushed.body.results.map((r) => r.status)).toEqual(["applied", "applied", "applied", "applied"]);
    const pulled = await driver.get<PullResponse>("/api/sync/pull");
    const mine = pulled.body.tours.find((t) => t.id === tour.id)!;
    expect(mine.takingsFor).toEqual([{ organisationName: "Croix-Rouge française, unité locale d'Aubusson", takings: { cash: 200, card: 0, voucher: 0, credit: 0 } }]);
    expect(mine.takings.cash).toBeGreaterThanOrEqual(200);

    const seen = (await redCross.get<PooledDeliveries>(`/api/partnerships/${(await active(redCross)).id}/deliveries`)).body.deliveries;
    expect(seen.find((d) => d.orderId === parcel.id)).toMatchObject({ outcome: "delivered", collectedCents: 200, status: "delivered" });
    expect(seen.find((d) => d.orderId === parcels[1]!.id)).toMatchObject({ outcome: "absent", status: "not_collected" });

    // The driver's concern about a Red Cross household reaches the Red Cross, which follows it up; the carrier neither reads nor settles it.
    const concerns = (await redCross.get<RoundAlerts>("/api/round-alerts?status=open")).body.wellbeingAlerts;
    const concern = concerns.find((a) => a.reason === "Ne répond pas, voiture au garage")!;
    expect(concern).toMatchObject({ household: { id: parcels[1]!.household.id } });
    expect(concerns.every((a) => (RED_CROSS_NAMES as readonly string[]).includes(a.household.name))).toBe(true);
    expect(JSON.stringify((await grocery.get("/api/round-alerts")).body)).not.toContain("voiture au garage");
    // A partner has no rounds: nothing of the carrier's days reaches its alerts.
    expect((await redCross.get<RoundAlerts>("/api/round-alerts")).body.addedAfterPublication).toEqual([]);
    expect((await grocery.post(`/api/wellbeing-alerts/${concern.id}/acknowledge`, { followUp: "Appelé" })).status).toBe(404);
    expect((await redCross.post(`/api/wellbeing-alerts/${concern.id}/acknowledge`, { followUp: "Appelé son fils" })).body).toMatchObject({ status: "acknowledged", followUp: "Appelé son fils" });
  });

  it("gives both sides the same monthly statement of the round's cost, which the server posts once to the ledger when the month is over, for the Red Cross to accept", async () => {
    const id = (await active(redCross)).id;
    const month = TODAY.slice(0, 7);
    const fromGrocery = (await grocery.get<PooledStatement>(`/api/partnerships/${id}/statement?month=${month}`)).body;
    const fromRedCross = (await redCross.get<PooledStatement>(`/api/partnerships/${id}/statement?month=${month}`)).body;
    expect(fromGrocery.rounds.length).toBeGreaterThanOrEqual(3);
    expect({ ...fromRedCross, ourSide: "carrier", ledger: null }).toEqual({ ...fromGrocery, ledger: null });
    for (const r of fromGrocery.rounds) {
      expect(r.distanceM).toBeGreaterThan(0);
      expect(r.costCents).toBe(Math.round((r.distanceM / 1000) * r.perKmCents + (r.durationS / 3600) * r.perHourCents));
      // The key is orders: the Red Cross's parcels out of the round's orders.
      expect(r.partnerBasis).toBeGreaterThan(0);
      expect(r.partnerBasis).toBeLessThanOrEqual(8);
      expect(r.partnerShareCents).toBe(Math.round((r.costCents * r.partnerBasis) / r.totalBasis));
    }
    expect(fromGrocery.ledger).toMatchObject({ claimId: null, canPost: false });
    expect((await grocery.post(`/api/partnerships/${id}/statements/${month}/post`)).status).toBe(409);
    // While the month runs, the server posts nothing.
    expect(await postFinishedMonths(app.services)).toEqual([]);

    app.clock.now = new Date("2026-12-02T09:00:00Z");
    expect((await redCross.post(`/api/partnerships/${id}/statements/${month}/post`)).status).toBe(403);
    // Two passes at once (two API instances, or a pass and the next) post the month once.
    const passes = (await Promise.all([postFinishedMonths(app.services), postFinishedMonths(app.services)])).flat();
    expect(passes.map((p) => [p.partnershipId, p.month])).toEqual([[id, month]]);
    expect(await postFinishedMonths(app.services)).toEqual([]);
    const claims = await app.db.prisma.creditClaim.findMany({ where: { key: `partnership:${id}:${month}` } });
    expect(claims.map((c) => [c.id, c.amount, c.createdById])).toEqual([[passes[0]!.claimId, Math.round(fromGrocery.partnerShareCents / 100), null]]);
    // The carrier posting it again by hand answers the same claim.
    const posted = await grocery.post<CreditClaim>(`/api/partnerships/${id}/statements/${month}/post`);
    expect([posted.status, posted.body.id]).toEqual([200, passes[0]!.claimId]);
    expect(posted.body).toMatchObject({ status: "pending", amount: Math.round(fromGrocery.partnerShareCents / 100), debtor: { organisationName: "Croix-Rouge française, unité locale d'Aubusson" } });
    // Both sides see it: in the carrier's claims sent, in the partner's claims to decide, and on the statement.
    expect((await grocery.get<LedgerOverview>("/api/ledger")).body.accounts[0]!.sent.map((c) => c.id)).toContain(posted.body.id);
    expect((await redCross.get<LedgerOverview>("/api/ledger")).body.accounts[0]!.toDecide.map((c) => c.id)).toContain(posted.body.id);
    const seen = (await redCross.get<PooledStatement>(`/api/partnerships/${id}/statement?month=${month}`)).body;
    expect(seen.ledger).toMatchObject({ claimId: posted.body.id, status: "pending", canPost: false });
    expect((await redCross.post(`/api/ledger/claims/${posted.body.id}/accept`)).status).toBe(200);
  });
});
