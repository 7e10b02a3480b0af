import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays } from "@tournee/domain/calendar";
import { createTestDatabase, type TestDatabase } from "../test-support/test-database.js";
import { dbDate } from "./dates.js";
import { verifyPassword } from "../auth/password.js";
import { DEMO_CODE_RESIDENT_ID, DEMO_ORGANISATIONS, DEMO_PASSWORD, seedDemo, type SeedResult } from "./index.js";
import { planDemo } from "./demo-plan.js";
import { haversineKm } from "./geo.js";
import { liveWeek } from "./live-week.js";
import { ROUNDS } from "./rounds.js";
import { MARKET_TOWN, VILLAGES } from "./territory.js";

const TODAY = "2026-11-26";

describe("the demo territory", () => {
  it("has 12 to 20 villages, all within 30 km of the market town, with distinct INSEE codes", () => {
    expect(VILLAGES.length).toBeGreaterThanOrEqual(12);
    expect(VILLAGES.length).toBeLessThanOrEqual(20);
    for (const village of VILLAGES) expect(haversineKm(MARKET_TOWN, village), village.name).toBeLessThan(30);
    expect(new Set(VILLAGES.map((v) => v.citycode)).size).toBe(VILLAGES.length);
    for (const village of VILLAGES) expect(village.citycode.slice(0, 2), village.name).toBe("23");
  });
});

describe("planDemo", () => {
  it("is the same at every seeding: names, places and orders depend only on the reference date", () => {
    const summary = () => {
      const plan = planDemo(TODAY, new Date(), "hash");
      return {
        households: plan.households.households.map((h) => [h.name, h.addressLine, h.latitude, h.longitude, h.mobility]),
        orders: plan.orders.orders.map((o) => [o.channel, o.totalCents]),
        accounts: plan.accounts.map((a) => a.description),
      };
    };
    expect(summary()).toEqual(summary());
  });
});

describe("seedDemo on an empty database", () => {
  let db: TestDatabase;
  let first: SeedResult;
  beforeAll(async () => {
    db = await createTestDatabase();
    first = await seedDemo(db.prisma, { today: TODAY });
  });
  afterAll(() => db.close());

  it("seeds once: a second run leaves the database as it is", async () => {
    expect(first).toMatchObject({ seeded: true });
    const households = await db.prisma.household.count();
    const again = await seedDemo(db.prisma, { today: TODAY });
    expect(again).toMatchObject({ seeded: false, reason: "already seeded" });
    expect(again.accounts.map((a) => a.login)).toEqual(first.accounts.map((a) => a.login));
    expect(await db.prisma.household.count()).toBe(households);
    expect(await db.prisma.organisation.count()).toBe(Object.keys(DEMO_ORGANISATIONS).length);
  });

  it("has a mutual-credit network of four partners whose balances sum to zero, with a claim awaiting each coordinator", async () => {
    const accounts = await db.prisma.creditAccount.findMany({ include: { organisation: true, claimsReceived: { where: { status: "pending" } } } });
    expect(accounts.map((a) => a.organisation.slug).sort()).toEqual([DEMO_ORGANISATIONS.bakery.slug, DEMO_ORGANISATIONS.grocery.slug, DEMO_ORGANISATIONS.redCross.slug, DEMO_ORGANISATIONS.gardener.slug].sort());
    expect(accounts.reduce((sum, a) => sum + a.balance, 0)).toBe(0);
    expect(accounts.every((a) => a.balance !== 0)).toBe(true);
    const waiting = (slug: string) => accounts.find((a) => a.organisation.slug === slug)?.claimsReceived.length;
    expect([waiting(DEMO_ORGANISATIONS.grocery.slug), waiting(DEMO_ORGANISATIONS.bakery.slug)]).toEqual([1, 1]);
    expect(await db.prisma.creditEntry.count({ where: { reversesId: { not: null } } })).toBe(1);
  });

  it("has the volumes of a small rural service", async () => {
    const p = db.prisma;
    const grocery = { organisationId: (await p.organisation.findFirstOrThrow({ where: { kind: "social_grocery" } })).id };
    const households = await p.household.count({ where: grocery });
    expect(households).toBeGreaterThanOrEqual(60);
    expect(households).toBeLessThanOrEqual(100);
    const homeDrops = await p.household.count({ where: { ...grocery, mobility: "needs_home_drop" } });
    expect(homeDrops / households).toBeGreaterThan(0.1);
    expect(homeDrops / households).toBeLessThan(0.2);
    expect(await p.stop.count({ where: { ...grocery, kind: "home_drop" } })).toBe(homeDrops);
    expect(await p.stop.count({ where: { kind: "halt" } })).toBe(VILLAGES.length);
    const products = await p.product.count({ where: { kind: { not: "producer" } } });
    expect(products).toBeGreaterThanOrEqual(55);
    expect(products).toBeLessThanOrEqual(65);
    // The three vehicles of the rounds, and a volunteer's own car.
    expect(await p.vehicle.count({ where: grocery })).toBe(4);
    expect(await p.membership.count({ where: { ...grocery, role: "driver" } })).toBe(3);
    expect(await p.driverAvailability.groupBy({ by: ["driverId"], where: grocery })).toHaveLength(3);
    const templates = await p.tourTemplate.findMany({ where: grocery, include: { halts: true } });
    expect(templates).toHaveLength(2);
    for (const t of templates) expect(t.halts.length).toBeGreaterThanOrEqual(6);
    for (const t of templates) expect(t.halts.length).toBeLessThanOrEqual(9);
    // A household's own orders; AMAP baskets (one line each) are counted in the AMAP's test.
    const orders = await p.order.findMany({ include: { lines: true }, where: { ...grocery, amapSubscriptionId: null, passage: { date: { lt: dbDate(addDays(TODAY, 7)) }, cutoffAt: { lt: new Date(`${TODAY}T23:00:00Z`) } } } });
    const days = new Set((await p.passage.findMany({ where: { ...grocery, orders: { some: {} } }, select: { date: true } })).map((d) => d.date.toISOString()));
    expect(orders.length / households / (days.size - 1)).toBeGreaterThan(0.5);
    expect(orders.length / households / (days.size - 1)).toBeLessThan(0.7);
    for (const o of orders) expect(o.lines.length).toBeGreaterThanOrEqual(2);
    for (const o of orders) expect(o.lines.length).toBeLessThanOrEqual(6);
  });

  it("gives the bakery its own Saturday home portage: households, a van that starts at the bakery, a driver, a round and orders", async () => {
    const p = db.prisma;
    const bakery = await p.organisation.findFirstOrThrow({ where: { kind: "solidarity_bakery" }, include: { sites: true, vehicles: true, households: true, tourTemplates: true } });
    expect(bakery.households.length).toBe(5);
    expect(bakery.households.every((h) => h.mobility === "needs_home_drop")).toBe(true);
    expect(bakery.vehicles.map((v) => v.homeSiteId)).toEqual([bakery.sites[0]!.id]);
    expect(bakery.tourTemplates.map((t) => t.weekday)).toEqual([6]);
    const driver = await p.user.findUniqueOrThrow({ where: { email: "chauffeur3@tournee.test" }, include: { memberships: true } });
    expect(driver.memberships.map((m) => m.organisationId)).toContain(bakery.id);
    const orders = await p.order.findMany({ where: { organisationId: bakery.id }, include: { lines: { include: { product: true } }, passage: true } });
    expect(orders.length).toBe(4);
    expect(orders.every((o) => o.lines.every((l) => l.product.organisationId === bakery.id && !l.socialPrice))).toBe(true);
    expect(new Date(`${orders[0]!.passage.date.toISOString().slice(0, 10)}T12:00:00Z`).getUTCDay()).toBe(6);
  });

  it("places every household near its village and every village within 30 km of the market town", async () => {
    // The bakery's Saturday portage reaches people in the market town itself.
    const villages = new Map<string, { latitude: number; longitude: number }>([...VILLAGES, MARKET_TOWN].map((v) => [v.name, v]));
    for (const h of await db.prisma.household.findMany()) {
      const village = villages.get(h.city);
      expect(village, h.city).toBeDefined();
      if (village) expect(haversineKm(village, h)).toBeLessThan(1.6);
      expect(haversineKm(MARKET_TOWN, h)).toBeLessThan(30);
    }
  });

  it("has an AMAP vegetable contract of the market gardener with 12 members, two on solidarity baskets, riding on the demo day's rounds", async () => {
    const contract = await db.prisma.amapContract.findFirstOrThrow({ include: { producer: true, organisation: true, subscriptions: true } });
    expect(contract.organisation.kind).toBe("amap");
    expect(contract.producer.name).toBe("Ferme des Combes");
    expect(contract.subscriptions).toHaveLength(12);
    expect(contract.subscriptions.filter((s) => s.solidarity)).toHaveLength(2);
    const baskets = await db.prisma.order.findMany({ where: { amapSubscriptionId: { not: null }, status: "confirmed" }, include: { lines: true, passage: true } });
    const onDemoDay = baskets.filter((b) => b.passage.date.toISOString().slice(0, 10) === TODAY);
    expect(onDemoDay).toHaveLength(12);
    expect(onDemoDay.filter((b) => b.lines[0]!.socialPrice)).toHaveLength(2);
    // One member skips next week.
    expect(baskets.length - onDemoDay.length).toBe(11);
  });

  it("has two local producers within 30 km whose products the grocery sells on every round, at an agreed producer price", async () => {
    const p = db.prisma;
    const agreements = await p.supplyAgreement.findMany({ include: { producer: true, farmSite: true } });
    expect(agreements.map((a) => [a.producer.name, a.route]).sort()).toEqual([["Chèvrerie du Puy Bas", "warehouse_drop"], ["Ferme des Combes", "farm_pickup"]]);
    for (const a of agreements) {
      expect(a.producer.kind).toBe("producer");
      expect(a.farmSite).toMatchObject({ kind: "farm", organisationId: a.producerId });
      expect(haversineKm(MARKET_TOWN, a.farmSite), a.producer.name).toBeLessThan(30);
      expect(a.distanceKind).toBe("straight_line");
      const offers = await p.offer.findMany({ where: { organisationId: a.organisationId, product: { organisationId: a.producerId } }, include: { stock: true } });
      expect(offers.length).toBeGreaterThanOrEqual(3);
      for (const o of offers) {
        expect(o.producerPriceCents).toBeGreaterThan(0);
        // Every round of the live week (each area, each date) carries some.
        expect(o.stock).toHaveLength(ROUNDS.length * liveWeek(TODAY).rounds.length);
      }
      // Residents ordered the farm's goods on the demo day, within what the farm declared.
      const demoDay = liveWeek(TODAY).demoDay;
      const ordered = await p.orderLine.aggregate({ _sum: { quantity: true }, where: { offerId: { in: offers.map((o) => o.id) }, order: { status: { not: "cancelled" }, passage: { date: new Date(`${demoDay}T00:00:00Z`) } } } });
      expect(ordered._sum.quantity, a.producer.name).toBeGreaterThan(0);
      for (const d of await p.supplyDeclaration.findMany({ where: { offerId: { in: offers.map((o) => o.id) } } })) {
        const lines = await p.orderLine.aggregate({ _sum: { quantity: true }, where: { offerId: d.offerId, order: { status: { not: "cancelled" }, passage: { date: d.date } } } });
        expect(lines._sum.quantity ?? 0).toBe(d.reserved);
      }
    }
  });

  it("has the farms' goods of the weeks done: purchase orders at the cutoff, counted at the farm or at the warehouse, some short, the households left short charged less", async () => {
    const p = db.prisma;
    const done = liveWeek(TODAY).rounds.filter((w) => w.kind === "done").map((w) => dbDate(w.date));
    const pos = await p.purchaseOrder.findMany({ where: { date: { in: done } }, include: { producer: true } });
    expect(pos.map((po) => po.producer.name).sort()).toEqual(["Chèvrerie du Puy Bas", "Chèvrerie du Puy Bas", "Ferme des Combes", "Ferme des Combes"]);
    const receipts = await p.supplyReceipt.findMany({ where: { date: { in: done } }, include: { offer: { include: { product: { include: { organisation: true } } } } } });
    for (const po of pos) {
      const ofPo = receipts.filter((r) => r.date.getTime() === po.date.getTime() && r.offer.product.organisationId === po.producerId);
      // The drop is counted once at the warehouse; the gardener's goods by each round that loaded them.
      expect(ofPo.every((r) => (po.producer.name === "Ferme des Combes") === (r.tourId !== null)), po.producer.name).toBe(true);
      const ordered = (po.lines as { quantity: number }[]).reduce((n, l) => n + l.quantity, 0);
      expect(ofPo.reduce((n, r) => n + r.expected, 0)).toBe(ordered);
      expect(po.frozenAt.getTime()).toBeLessThan(po.date.getTime());
    }
    const short = receipts.filter((r) => r.received < r.expected);
    expect(short.map((r) => r.offer.product.organisation.name).sort()).toEqual(["Chèvrerie du Puy Bas", "Ferme des Combes"]);
    for (const r of short) {
      expect(r.note).toBeTruthy();
      const lines = await p.orderLine.findMany({ where: { offerId: r.offerId, order: { status: { not: "cancelled" }, passage: { date: r.date, ...(r.tourId ? { tourId: r.tourId } : {}) } } }, include: { order: { include: { lines: true } } } });
      expect(lines.reduce((n, l) => n + l.shortQuantity, 0)).toBe(r.expected - r.received);
      for (const l of lines.filter((x) => x.shortQuantity > 0)) {
        expect(l.order.totalCents).toBe(l.order.lines.reduce((n, x) => n + x.unitPriceCents * (x.quantity - x.shortQuantity), 0));
        if (l.order.status !== "not_collected") expect(l.deliveredQuantity).toBeLessThanOrEqual(l.quantity - l.shortQuantity);
      }
    }
  });

  it("mixes eligibility: about half valid, some expiring within 30 days, some expired, each with history and a referrer", async () => {
    // The Red Cross's households are its own: their rights are not the grocery's to record.
    const households = await db.prisma.household.count({ where: { organisation: { kind: { not: "partner" } } } });
    const eligibilities = await db.prisma.eligibility.findMany({ include: { events: true } });
    const today = new Date(`${TODAY}T00:00:00Z`).getTime();
    const in30 = today + 30 * 86_400_000;
    const valid = eligibilities.filter((e) => e.status === "active" && e.validFrom.getTime() <= today && e.validTo.getTime() >= today);
    expect(valid.length / households).toBeGreaterThan(0.4);
    expect(valid.length / households).toBeLessThan(0.65);
    expect(valid.filter((e) => e.validTo.getTime() <= in30).length).toBeGreaterThanOrEqual(3);
    expect(eligibilities.filter((e) => e.validTo.getTime() < today).length).toBeGreaterThanOrEqual(3);
    for (const e of eligibilities) {
      expect([10, 20, 30]).toContain(e.participationRatePercent);
      expect(e.monthlyCapCents).toBeGreaterThanOrEqual(10_000);
      expect(e.monthlyCapCents).toBeLessThanOrEqual(20_000);
      expect(e.events.length).toBeGreaterThanOrEqual(1);
      expect(e.referrerUserId).not.toBeNull();
    }
    expect(await db.prisma.consent.count({ where: { purpose: "data_processing" } })).toBe(households);
  });

  it("creates every demo account with its role, the resident's household and the one-time code", async () => {
    const p = db.prisma;
    for (const account of first.accounts.filter((a) => a.email)) {
      const user = await p.user.findUniqueOrThrow({ where: { email: account.email as string }, include: { memberships: { include: { organisation: true } } } });
      expect(user.memberships.map((m) => m.role), account.login).toContain(account.role);
      expect(await verifyPassword(user.passwordHash as string, DEMO_PASSWORD)).toBe(true);
    }
    const coordinator = await p.user.findUniqueOrThrow({ where: { email: "coordination@tournee.test" }, include: { memberships: { include: { organisation: true } } } });
    expect(coordinator.memberships[0]?.organisation.slug).toBe(DEMO_ORGANISATIONS.grocery.slug);
    const resident = await p.user.findUniqueOrThrow({ where: { email: "habitant@tournee.test" }, include: { householdAccess: true } });
    expect(resident.householdAccess).toMatchObject([{ kind: "member" }]);
    const byCode = await p.user.findUniqueOrThrow({ where: { id: DEMO_CODE_RESIDENT_ID }, include: { householdAccess: { include: { household: true } } } });
    expect(byCode.email).toBeNull();
    expect(byCode.householdAccess).toMatchObject([{ kind: "member", household: { mobility: "needs_home_drop" } }]);
    const referrer = await p.user.findUniqueOrThrow({ where: { email: "ccas@tournee.test" } });
    const referred = await p.eligibility.count({ where: { referrerUserId: referrer.id } });
    expect(referred).toBeGreaterThan(0);
    expect(referred).toBeLessThan(await p.eligibility.count());
    const relay = await p.user.findUniqueOrThrow({ where: { email: "mairie@tournee.test" }, include: { householdAccess: true } });
    expect(relay.householdAccess.length).toBeGreaterThan(0);
    for (const access of relay.householdAccess) expect(access.kind).toBe("relay");
  });

  it("prices orders as the sum of their lines, within each household's monthly cap", async () => {
    const orders = await db.prisma.order.findMany({ include: { lines: true, passage: true, household: { include: { eligibilities: true } } } });
    const usedInMonth = new Map<string, number>();
    for (const order of orders) {
      const month = `${order.householdId}/${order.passage.date.toISOString().slice(0, 7)}`;
      usedInMonth.set(month, (usedInMonth.get(month) ?? 0) + order.capReferenceCents);
      const capped = order.household.eligibilities[0]?.monthlyCapCents;
      if (capped) expect(usedInMonth.get(month)).toBeLessThanOrEqual(capped);
      // What a farm did not bring is not charged (the shortfall of a receipt).
      expect(order.totalCents).toBe(order.lines.reduce((sum, l) => sum + l.unitPriceCents * (l.quantity - l.shortQuantity), 0));
      expect(order.referenceTotalCents).toBe(order.lines.reduce((sum, l) => sum + l.referenceUnitPriceCents * l.quantity, 0));
      const social = order.lines.filter((l) => l.socialPrice).reduce((sum, l) => sum + l.referenceUnitPriceCents * l.quantity, 0);
      expect(order.capReferenceCents).toBe(social);
      const cap = order.household.eligibilities[0]?.monthlyCapCents;
      if (social > 0) expect(social).toBeLessThanOrEqual(cap as number);
      expect(order.cutoffAt.getTime()).toBe(order.passage.cutoffAt.getTime());
      for (const line of order.lines) expect(line.unitPriceCents).toBeLessThanOrEqual(line.referenceUnitPriceCents);
    }
    expect(orders.some((o) => o.lines.some((l) => l.socialPrice))).toBe(true);
    expect(new Set(orders.map((o) => o.channel))).toEqual(new Set(["app", "phone", "paper", "relay"]));
  });

  it("reserves exactly the ordered quantities in the round's stock", async () => {
    const stock = await db.prisma.offerStock.findMany();
    // A partner's parcels are packed by the partner, AMAP baskets by the farm: they take nothing from the round's stock.
    const lines = await db.prisma.orderLine.findMany({ where: { order: { amapSubscriptionId: null, organisation: { kind: { not: "partner" } } } }, include: { order: { include: { passage: true } } } });
    const ordered = new Map<string, number>();
    for (const line of lines) {
      const key = `${line.offerId}/${line.order.passage.templateId}/${line.order.passage.date.toISOString()}`;
      ordered.set(key, (ordered.get(key) ?? 0) + line.quantity);
    }
    for (const row of stock) {
      expect(row.reserved).toBe(ordered.get(`${row.offerId}/${row.templateId}/${row.date.toISOString()}`) ?? 0);
      expect(row.reserved).toBeLessThanOrEqual(row.quantity);
    }
    expect([...ordered.values()].reduce((a, b) => a + b, 0)).toBe(stock.reduce((sum, s) => sum + s.reserved, 0));
  });

  it("places the passages at the published times, orders closing the day before at 18:00 Paris time", async () => {
    const passages = await db.prisma.passage.findMany({ include: { templateHalt: true } });
    expect(passages.some((p) => p.date.toISOString().slice(0, 10) > TODAY)).toBe(true);
    for (const passage of passages) {
      const dayBefore = new Date(passage.date.getTime() - 86_400_000).toISOString().slice(0, 10);
      // 18:00 in Paris is 17:00 UTC in winter.
      expect(passage.cutoffAt.toISOString()).toBe(`${dayBefore}T17:00:00.000Z`);
      if (passage.templateHalt) {
        const arrival = passage.date.getTime() + (passage.templateHalt.arrivalMinute - 60) * 60_000;
        expect(passage.windowStart.getTime()).toBeLessThan(arrival);
        expect(passage.windowEnd.getTime()).toBeGreaterThan(arrival);
      }
    }
  });
});

describe("seedDemo beside other data", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.close());

  it("refuses a reference date that is not a calendar date", async () => {
    await expect(seedDemo(db.prisma, { today: "26/11/2026" })).rejects.toThrow(/YYYY-MM-DD/);
  });

  it("leaves nothing behind when a write fails", async () => {
    const stranger = await db.prisma.user.create({ data: { id: DEMO_CODE_RESIDENT_ID, displayName: "Someone" } });
    await expect(seedDemo(db.prisma, { today: TODAY })).rejects.toThrow(/rolled back, the database is unchanged/);
    expect(await db.prisma.organisation.count()).toBe(0);
    expect(await db.prisma.user.count()).toBe(1);
    await db.prisma.user.delete({ where: { id: stranger.id } });
  });

  it("refuses a database with a real organisation unless forced", async () => {
    await db.prisma.organisation.create({ data: { slug: "epicerie-de-gueret", name: "Épicerie de Guéret", kind: "social_grocery" } });
    const refused = await seedDemo(db.prisma, { today: TODAY });
    expect(refused.seeded).toBe(false);
    expect(refused.reason).toMatch(/epicerie-de-gueret.*--force/);
    expect(await db.prisma.household.count()).toBe(0);
    const forced = await seedDemo(db.prisma, { today: TODAY, force: true });
    expect(forced.seeded).toBe(true);
    expect(await db.prisma.organisation.count()).toBe(Object.keys(DEMO_ORGANISATIONS).length + 1);
  });
});
