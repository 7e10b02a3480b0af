import type { AmapContract, AmapDistribution, AmapMember, AmapMemberBaskets, AmapProducerPlan } from "@tournee/domain";
import { participationPrice } from "@tournee/domain/pricing";
import type { Round } from "@tournee/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { storeDrafts } from "../../use-cases/notifications/drafts.js";
import { textSource } from "../../use-cases/notifications/message-text.js";
import { planPassageMessages } from "../../use-cases/notifications/plan-passage-messages.js";
import { stillWanted } from "../../use-cases/notifications/still-wanted.js";
import { startTestApp, type TestApp, type TestClient } from "../../test-support/test-app.js";
import { addAmap, type AmapWorld } from "../../test-support/world-amap.js";
import { addRoundPassage } from "../../test-support/world-catalogue.js";
import { buildWorld, PASSWORD, type World } from "../../test-support/world.js";

/** The round's passage of 2030-01-15 (first delivery week, Monday 2030-01-14) closes on the 14th at 18:00, Paris time. */
const BEFORE = new Date("2030-01-10T10:00:00Z");
const AFTER_CUTOFF = new Date("2030-01-14T17:30:00Z");
const WEEK1 = "2030-01-14";

let app: TestApp;
let w: World;
let amap: AmapWorld;
let tourId: string;
let coordinator: TestClient;
let resident: TestClient;
let driver: TestClient;
let producer: TestClient;
let grocery: TestClient;

beforeAll(async () => {
  app = await startTestApp();
  app.clock.now = BEFORE;
  w = await buildWorld(app.db.prisma);
  const prisma = app.db.prisma;
  // The referred household's rights run through the season; the round of the 15th is published for driver A1.
  await prisma.eligibility.updateMany({ where: { householdId: w.households.referred }, data: { validTo: new Date("2030-12-31T00:00:00Z") } });
  tourId = (await prisma.tour.create({ data: { organisationId: w.org.groceryA, date: new Date("2030-01-15T00:00:00Z"), driverId: w.users.driverA1.id, status: "published", version: 1 } })).id;
  await prisma.passage.update({ where: { id: w.catalogue.passages.open }, data: { tourId, sequence: 0 } });
  amap = await addAmap(prisma, w, BEFORE);
  coordinator = await app.client().login(amap.coordinator.email, PASSWORD);
  resident = await app.client().login(w.users.resident.email, PASSWORD);
  driver = await app.client().login(w.users.driverA1.email, PASSWORD);
  producer = await app.client().login(w.users.producer.email, PASSWORD);
  grocery = await app.client().login(w.users.coordA.email, PASSWORD);
});
afterAll(() => app.close());

const round = async () => {
  const res = await driver.get<Round>(`/api/tours/${tourId}/round`);
  expect(res.status, res.text).toBe(200);
  return res.body;
};
const liveBaskets = (r: Round) => r.passages.flatMap((p) => p.orders).filter((o) => o.status !== "cancelled" && o.lines.some((l) => l.productName.startsWith("Panier de légumes")));
const distribution = async (client = coordinator, week = WEEK1) => {
  const res = await client.get<AmapDistribution>(`/api/amap/contracts/${amap.contractId}/distribution?week=${week}`);
  expect(res.status, res.text).toBe(200);
  return res.body;
};

describe("AMAP baskets ride on the rounds as orders", () => {
  it("puts each member's basket on the round that serves their halt, solidarity ones at the household's rate", async () => {
    const r = await round();
    const baskets = liveBaskets(r);
    expect(baskets.map((o) => o.household.name).sort()).toEqual(["Own", "Referred"]);
    const orders = await app.db.prisma.order.findMany({ where: { amapSubscriptionId: { not: null }, passageId: w.catalogue.passages.open }, include: { lines: true, household: true } });
    const referred = orders.find((o) => o.household.name === "Referred")!;
    const own = orders.find((o) => o.household.name === "Own")!;
    // The shared price code: 20 % of 12,50 €, counted against the household's monthly cap at its reference value.
    expect(referred.lines[0]).toMatchObject({ unitPriceCents: participationPrice(1250, 20), socialPrice: true, referenceUnitPriceCents: 1250 });
    expect(referred).toMatchObject({ totalCents: 250, capReferenceCents: 1250 });
    expect(own).toMatchObject({ totalCents: 1250, capReferenceCents: 0 });
    expect(baskets.find((o) => o.household.name === "Referred")!.dueCents).toBe(250);
  });

  it("a skip before the cutoff takes the basket off the driver's handover list and gives it away", async () => {
    const before = await round();
    const res = await resident.request("PUT", `/api/amap/subscriptions/${amap.subscriptions.own}/skips/${WEEK1}`);
    expect(res.status, res.text).toBe(200);
    expect((res.body as AmapMember).skippedWeeks).toEqual([WEEK1]);
    const after = await round();
    expect(after.tour.version).toBeGreaterThan(before.tour.version);
    expect(liveBaskets(after).map((o) => o.household.name)).toEqual(["Referred"]);
    const list = await distribution();
    expect(list.stops.flatMap((s) => s.baskets.map((b) => b.household.name))).toEqual(["Referred"]);
    expect(list.skipped.map((s) => s.household.name)).toEqual(["Own"]);
    const plan = (await producer.get<AmapProducerPlan>("/api/amap/producer")).body;
    const week = plan[0]!.weeks.find((x) => x.week === WEEK1)!;
    expect(week).toMatchObject({ donated: 1, total: 2, rounds: [{ date: "2030-01-15", sizes: [{ name: "Petit", count: 1 }] }] });
    const mine = (await resident.get<AmapMemberBaskets>(`/api/amap/baskets?householdId=${w.households.own}`)).body;
    expect(mine[0]!.baskets.find((b) => b.week === WEEK1)).toMatchObject({ state: "skipped", date: "2030-01-15", open: true });
  });

  it("taking the week back puts the basket on the round again; after the cutoff nothing moves", async () => {
    const back = await resident.request("DELETE", `/api/amap/subscriptions/${amap.subscriptions.own}/skips/${WEEK1}`);
    expect(back.status, back.text).toBe(200);
    expect(liveBaskets(await round()).map((o) => o.household.name).sort()).toEqual(["Own", "Referred"]);
    app.clock.now = AFTER_CUTOFF;
    try {
      const late = await resident.request("PUT", `/api/amap/subscriptions/${amap.subscriptions.own}/skips/${WEEK1}`);
      expect(late.status, late.text).toBe(409);
      expect(late.text).toContain("order_locked");
      expect(liveBaskets(await round())).toHaveLength(2);
    } finally {
      app.clock.now = BEFORE;
    }
  });

  it("under the rule 'postponed', a skipped basket comes with the next one", async () => {
    await app.db.prisma.amapContract.update({ where: { id: amap.contractId }, data: { skipRule: "postponed" } });
    try {
      expect((await resident.request("PUT", `/api/amap/subscriptions/${amap.subscriptions.own}/skips/${WEEK1}`)).status).toBe(200);
      const mine = (await resident.get<AmapMemberBaskets>(`/api/amap/baskets?householdId=${w.households.own}`)).body[0]!;
      expect(mine.baskets.slice(0, 2).map((b) => [b.state, b.quantity, b.amountCents])).toEqual([["skipped", 0, null], ["coming", 2, 2500]]);
      expect((await resident.request("DELETE", `/api/amap/subscriptions/${amap.subscriptions.own}/skips/${WEEK1}`)).status).toBe(200);
    } finally {
      await app.db.prisma.amapContract.update({ where: { id: amap.contractId }, data: { skipRule: "donated" } });
    }
  });
});

describe("the AMAP's coordinator", () => {
  it("sees the distribution list per halt and the grocery sees it too", async () => {
    const list = await distribution();
    expect(list.stops).toHaveLength(1);
    expect(list.stops[0]).toMatchObject({ date: "2030-01-15", stop: { name: "Place de la mairie" }, roundName: "Tournée du mardi" });
    expect(list.stops[0]!.baskets.map((b) => [b.household.name, b.size, b.solidarity, b.state])).toEqual([["Own", "Petit", false, "coming"], ["Referred", "Petit", true, "coming"]]);
    expect((await distribution(grocery)).stops[0]!.baskets).toHaveLength(2);
  });

  it("subscribes a household by phone, and refuses what is wrong naming the field", async () => {
    const candidates = (await coordinator.get<{ households: { id: string; name: string }[] }>(`/api/amap/contracts/${amap.contractId}/candidates`)).body;
    expect(candidates.households.map((h) => h.name).sort()).toEqual(["Delegated", "Other"]);
    const base = { contractId: amap.contractId, householdId: w.households.other, sizeId: amap.sizes.large, stopId: w.catalogue.stopId };
    const badSize = await coordinator.post("/api/amap/subscriptions", { ...base, sizeId: crypto.randomUUID() });
    expect(badSize.status).toBe(400);
    expect(badSize.body).toMatchObject({ code: "validation_failed", errors: [{ path: "sizeId" }] });
    const noRights = await coordinator.post("/api/amap/subscriptions", { ...base, householdId: w.households.delegated, solidarity: true });
    expect(noRights.status).toBe(400);
    expect(noRights.body).toMatchObject({ errors: [{ path: "solidarity" }] });
    const made = await coordinator.post<AmapMember>("/api/amap/subscriptions", base);
    expect(made.status, made.text).toBe(201);
    expect(made.body).toMatchObject({ channel: "phone", size: { name: "Grand" } });
    expect(liveBaskets(await round()).map((o) => o.household.name).sort()).toEqual(["Other", "Own", "Referred"]);
    const again = await coordinator.post("/api/amap/subscriptions", base);
    expect(again.status).toBe(409);
    const badWeek = await coordinator.request("PUT", `/api/amap/subscriptions/${made.body.subscriptionId}/skips/2030-01-15`);
    expect(badWeek.status).toBe(400);
    expect(badWeek.body).toMatchObject({ errors: [{ in: "path", path: "week" }] });
  });

  it("starts a contract and is told which field is wrong", async () => {
    const input = { producerId: w.org.farm, carrierId: w.org.groceryA, name: "Œufs", firstDate: "2030-02-04", lastDate: "2030-03-31", everyWeeks: 2, skipRule: "postponed", sizes: [{ name: "Douzaine", priceCents: 450 }] };
    const backwards = await coordinator.post("/api/amap/contracts", { ...input, lastDate: "2030-01-01" });
    expect(backwards.status).toBe(400);
    expect(backwards.body).toMatchObject({ errors: [{ path: "lastDate" }] });
    const notGrocery = await coordinator.post("/api/amap/contracts", { ...input, carrierId: w.org.farm });
    expect(notGrocery.status).toBe(400);
    expect(notGrocery.body).toMatchObject({ errors: [{ path: "carrierId" }] });
    const made = await coordinator.post<AmapContract>("/api/amap/contracts", input);
    expect(made.status, made.text).toBe(201);
    expect(made.body).toMatchObject({ organisation: { name: "AMAP du plateau" }, sizes: [{ name: "Douzaine", priceCents: 450 }], members: 0 });
  });

  it("reprices a basket and ends the season early; the open weeks' baskets follow, and what is wrong names its field", async () => {
    const path = `/api/amap/contracts/${amap.contractId}`;
    const basket = (passageId: string, name: string) => app.db.prisma.order.findFirstOrThrow({ where: { amapSubscriptionId: { not: null }, passageId, household: { name } } });
    expect((await basket(w.catalogue.passages.repeat, "Own")).status).toBe("confirmed");
    const past = await coordinator.request("PATCH", path, { json: { lastDate: "2030-01-09" } });
    expect(past.status).toBe(400);
    expect(past.body).toMatchObject({ errors: [{ path: "lastDate" }] });
    const unknownSize = await coordinator.request("PATCH", path, { json: { sizes: [{ id: crypto.randomUUID(), name: "Petit", priceCents: 1400 }] } });
    expect(unknownSize.body).toMatchObject({ errors: [{ path: "sizes.0.id" }] });
    const dropInUse = await coordinator.request("PATCH", path, { json: { sizes: [{ id: amap.sizes.large, name: "Grand", priceCents: 2000 }] } });
    expect(dropInUse.status).toBe(409);

    const repriced = await coordinator.request<AmapContract>("PATCH", path, { json: { sizes: [{ id: amap.sizes.small, name: "Petit", priceCents: 1400 }, { id: amap.sizes.large, name: "Grand", priceCents: 2000 }] } });
    expect(repriced.status, repriced.text).toBe(200);
    expect(repriced.body.sizes.map((s) => s.priceCents)).toEqual([1400, 2000]);
    expect((await basket(w.catalogue.passages.open, "Own")).totalCents).toBe(1400);
    expect((await basket(w.catalogue.passages.open, "Referred")).totalCents).toBe(participationPrice(1400, 20));

    const ended = await coordinator.request<AmapContract>("PATCH", path, { json: { lastDate: "2030-01-16" } });
    expect(ended.status, ended.text).toBe(200);
    expect(ended.body.lastDate).toBe("2030-01-16");
    expect((await basket(w.catalogue.passages.repeat, "Own")).status).toBe("cancelled");
    expect(liveBaskets(await round()).map((o) => o.household.name).sort()).toEqual(["Other", "Own", "Referred"]);
    expect((await grocery.request("PATCH", path, { json: { lastDate: "2030-03-31" } })).status).toBe(404);
    expect((await coordinator.request("PATCH", path, { json: { lastDate: "2030-03-31" } })).status).toBe(200);
    expect((await basket(w.catalogue.passages.repeat, "Own")).status).toBe("confirmed");
  });

  it("lets the producer announce the week's basket, which members read", async () => {
    const res = await producer.request("PUT", `/api/amap/contracts/${amap.contractId}/compositions/${WEEK1}`, { json: { text: "Poireaux, carottes, une courge" } });
    expect(res.status, res.text).toBe(200);
    const mine = (await resident.get<AmapMemberBaskets>(`/api/amap/baskets?householdId=${w.households.own}`)).body[0]!;
    expect(mine.baskets[0]).toMatchObject({ week: WEEK1, composition: "Poireaux, carottes, une courge" });
  });
});

describe("what a member is told before her basket comes", () => {
  it("with only her basket on the round, she is reminded of the deadline to say she will be away, not asked to order, and told the time the day before", async () => {
    const prisma = app.db.prisma;
    const householdId = w.households.referred;
    const passageId = w.catalogue.passages.open;
    expect(await prisma.order.count({ where: { householdId, passageId, amapSubscriptionId: null, status: { in: ["pending", "confirmed"] } } })).toBe(0);
    await prisma.householdContact.upsert({ where: { householdId }, create: { householdId, email: "referred@world.test" }, update: { email: "referred@world.test" } });
    await prisma.consent.create({ data: { householdId, purpose: "email_reminders", givenAt: BEFORE } });
    const drafts = (await planPassageMessages(prisma, textSource(prisma), BEFORE)).filter((d) => d.householdId === householdId && d.passageId === passageId);
    expect(drafts.map((d) => d.kind).sort()).toEqual(["basket_reminder", "day_before"]);
    const reminder = drafts.find((d) => d.kind === "basket_reminder")!;
    expect(reminder.body).toMatch(/^Bonjour, votre panier de légumes arrive le mardi 15 janvier \(.+\)\. Absent ce jour-là \? Prévenez avant lundi 14 janvier 18 h\./);
    expect(reminder.dueAt < (await prisma.passage.findUniqueOrThrow({ where: { id: passageId } })).cutoffAt).toBe(true);

    await storeDrafts(prisma, [reminder], "test");
    const row = await prisma.notification.findFirstOrThrow({ where: { dedupeKey: reminder.dedupeKey } });
    expect(await stillWanted(prisma, row, BEFORE)).toEqual({ send: true });
    expect((await coordinator.request("PUT", `/api/amap/subscriptions/${amap.subscriptions.referred}/skips/${WEEK1}`)).status).toBe(200);
    try {
      expect(await stillWanted(prisma, row, BEFORE)).toEqual({ send: false, reason: "basket_skipped" });
    } finally {
      expect((await coordinator.request("DELETE", `/api/amap/subscriptions/${amap.subscriptions.referred}/skips/${WEEK1}`)).status).toBe(200);
    }
  });

  it("a member who shops at the grocery is still reminded to order, her basket being no shopping of hers", async () => {
    const prisma = app.db.prisma;
    const householdId = w.households.own;
    const passageId = w.catalogue.passages.open;
    const plan = async () => (await planPassageMessages(prisma, textSource(prisma), BEFORE)).filter((d) => d.householdId === householdId && d.passageId === passageId).map((d) => d.kind).sort();
    await prisma.consent.create({ data: { householdId, purpose: "email_reminders", givenAt: BEFORE } });
    expect(await plan(), "no shopping of hers in the last weeks").toEqual(["basket_reminder", "day_before"]);
    const last = await addRoundPassage(prisma, { organisationId: w.org.groceryA, stopId: w.catalogue.stopId, templateId: w.catalogue.templateId }, "2030-01-08", {});
    const offer = await prisma.offer.findUniqueOrThrow({ where: { id: w.catalogue.offers.pasta } });
    await prisma.order.create({ data: { organisationId: w.org.groceryA, householdId, passageId: last.id, channel: "app", enteredById: w.users.resident.id, cutoffAt: last.cutoffAt, totalCents: 199, referenceTotalCents: 199,
      lines: { create: { offerId: offer.id, productId: offer.productId, quantity: 1, unitPriceCents: 199, referenceUnitPriceCents: 199, socialPrice: false } } } });
    expect(await plan()).toEqual(["cutoff_reminder", "day_before"]);
    const reminder = (await planPassageMessages(prisma, textSource(prisma), BEFORE)).find((d) => d.householdId === householdId && d.passageId === passageId && d.kind === "cutoff_reminder")!;
    await storeDrafts(prisma, [reminder], "test");
    expect(await stillWanted(prisma, await prisma.notification.findFirstOrThrow({ where: { dedupeKey: reminder.dedupeKey } }), BEFORE)).toEqual({ send: true });
  });
});
