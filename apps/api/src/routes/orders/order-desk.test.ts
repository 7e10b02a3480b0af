/**
 * The coordinator's week on the demo: who has not ordered yet for next week's passage (and leaves
 * the list once a phone order is taken), a household's history and balance, and its paper slip.
 */
import { addDays } from "@tournee/domain/calendar";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../../seed/index.js";
import { liveWeek } from "../../seed/live-week.js";
import { dbDate } from "../../seed/dates.js";
import { startTestApp, type TestApp, type TestClient } from "../../test-support/test-app.js";

/** A Wednesday: the demo's round day; next week's passages are open. */
const TODAY = "2026-11-25";

interface NonOrderers {
  passage: { id: string; open: boolean };
  expected: number;
  ordered: number;
  households: { householdId: string; name: string; phone: string | null; expectedBecause: string; lastOrder: { orderId: string; lineCount: number } | null }[];
}
interface History {
  orders: { orderId: string; visit: string; dueCents: number; paidCents: number; date: string }[];
  payments: { amountCents: number }[];
  attended: number;
  missed: number;
  balanceCents: number;
}

let app: TestApp;
let coordinator: TestClient;
let felletin: string;
const next = addDays(liveWeek(TODAY).demoDay, 7);

beforeAll(async () => {
  app = await startTestApp();
  app.clock.now = new Date(`${TODAY}T09:00:00Z`);
  await seedDemo(app.db.prisma, { today: TODAY });
  coordinator = await app.client().login("coordination@tournee.test", "tournee-demo");
  const stop = await app.db.prisma.stop.findFirstOrThrow({ where: { kind: "halt", city: "Felletin" } });
  felletin = (await app.db.prisma.passage.findFirstOrThrow({ where: { stopId: stop.id, date: dbDate(next) } })).id;
}, 120_000);
afterAll(() => app.close());

describe("who has not ordered yet", () => {
  it("lists the households of the halt with no order yet, with their phone and last order; one leaves the list once its order is taken by phone", async () => {
    const list = await coordinator.get<NonOrderers>(`/api/passages/${felletin}/non-orderers`);
    expect(list.status, list.text).toBe(200);
    expect(list.body.passage.open).toBe(true);
    const usual = await app.db.prisma.household.count({ where: { usualStop: { city: "Felletin", kind: "halt" } } });
    expect(list.body.expected).toBe(usual);
    expect(list.body.households.length).toBe(usual - list.body.ordered);
    expect(list.body.households.length).toBeGreaterThan(2);
    for (const h of list.body.households) {
      expect(h.expectedBecause).toBe("usual_halt");
      expect(await app.db.prisma.order.count({ where: { householdId: h.householdId, passageId: felletin, status: { not: "cancelled" }, amapSubscriptionId: null } })).toBe(0);
    }
    const summaries = await coordinator.get<{ passageId: string; notOrdered: number }[]>(`/api/order-summaries?date=${next}`);
    expect(summaries.body.find((p) => p.passageId === felletin)!.notOrdered).toBe(list.body.households.length);
    const caller = list.body.households.find((h) => h.lastOrder && h.phone)!;
    expect(caller).toBeDefined();

    const repeated = await coordinator.post<{ channel: string }>("/api/orders/repeat", { householdId: caller.householdId, passageId: felletin, channel: "phone" });
    expect(repeated.status, repeated.text).toBe(201);
    expect(repeated.body.channel).toBe("phone");
    const after = await coordinator.get<NonOrderers>(`/api/passages/${felletin}/non-orderers`);
    expect(after.body.households.map((h) => h.householdId)).not.toContain(caller.householdId);
    expect(after.body.ordered).toBe(list.body.ordered + 1);
  });

  it("names the household of a home drop as the one expected there", async () => {
    const home = await app.db.prisma.passage.findFirstOrThrow({ where: { date: dbDate(next), stop: { kind: "home_drop" }, orders: { none: {} } }, include: { stop: true } });
    const list = await coordinator.get<NonOrderers>(`/api/passages/${home.id}/non-orderers`);
    expect(list.body.households).toMatchObject([{ householdId: home.stop.householdId, expectedBecause: "home_drop" }]);
  });
});

describe("a household's history", () => {
  it("gives its orders with whether they were handed over or missed, its payments and what it still owes", async () => {
    const owing = await app.db.prisma.order.findFirstOrThrow({ where: { status: "delivered" } });
    const history = await coordinator.get<History>(`/api/households/${owing.householdId}/history`);
    expect(history.status, history.text).toBe(200);
    const orders = await app.db.prisma.order.findMany({ where: { householdId: owing.householdId }, include: { lines: true, payments: true } });
    expect(history.body.orders).toHaveLength(orders.length);
    expect(history.body.orders.map((o) => o.date)).toEqual([...history.body.orders.map((o) => o.date)].sort().reverse());
    const due = orders.filter((o) => o.status === "delivered" || o.status === "partially_delivered")
      .reduce((sum, o) => sum + o.lines.reduce((s, l) => s + l.unitPriceCents * (l.deliveredQuantity ?? 0), 0), 0);
    const paid = orders.reduce((sum, o) => sum + o.payments.reduce((s, p) => s + p.amountCents, 0), 0);
    expect(history.body.balanceCents).toBe(due - paid);
    expect(history.body.payments.reduce((s, p) => s + p.amountCents, 0)).toBe(paid);
    expect(history.body.attended).toBe(orders.filter((o) => o.status === "delivered" || o.status === "partially_delivered").length);
    expect(history.body.missed).toBe(orders.filter((o) => o.status === "not_collected").length);
    expect(history.body.orders.filter((o) => o.visit === "upcoming").every((o) => o.dueCents === 0)).toBe(true);
  });

  it("is for the household's own coordinators only", async () => {
    const household = await app.db.prisma.household.findFirstOrThrow();
    const referrer = await app.client().login("ccas@tournee.test", "tournee-demo");
    expect((await referrer.get(`/api/households/${household.id}/history`)).status).toBe(403);
    const baker = await app.client().login("boulangerie@tournee.test", "tournee-demo");
    expect((await baker.get(`/api/households/${household.id}/history`)).status).toBe(404);
  });
});

describe("the catalogue of a passage", () => {
  it("puts the household's usual products first and says what \"same as last time\" would repeat, or that there is nothing to repeat", async () => {
    interface Catalogue { usualProductIds: string[]; lastOrder: { date: string; lineCount: number } | null }
    const household = await app.db.prisma.household.findFirstOrThrow({ where: { usualStop: { city: "Felletin" }, orders: { some: { status: "delivered" } } } });
    const catalogue = await coordinator.get<Catalogue>(`/api/passages/${felletin}/catalogue?householdId=${household.id}`);
    const ordered = await app.db.prisma.orderLine.findMany({ where: { order: { householdId: household.id, passageId: { not: felletin } } }, select: { productId: true } });
    expect(catalogue.body.usualProductIds.length).toBeGreaterThan(0);
    for (const id of catalogue.body.usualProductIds) expect(ordered.map((l) => l.productId)).toContain(id);
    expect(catalogue.body.lastOrder!.date < next).toBe(true);

    const newcomer = await coordinator.post<{ id: string }>("/api/households", {
      organisationId: household.organisationId, name: "Mme Nouvelle", addressLine: "2 rue Haute", postcode: "23500", city: "Felletin", latitude: 45.88, longitude: 2.17, usualStopId: household.usualStopId,
    });
    const empty = await coordinator.get<Catalogue>(`/api/passages/${felletin}/catalogue?householdId=${newcomer.body.id}`);
    expect([empty.body.usualProductIds, empty.body.lastOrder]).toEqual([[], null]);
  });
});

describe("paper order slips", () => {
  it("prints a household's slip for its next passage: the products it usually takes, boxes to tick, when the truck comes back; no price", async () => {
    const household = await app.db.prisma.household.findFirstOrThrow({ where: { usualStop: { city: "Felletin" }, orders: { some: { status: "delivered" } } }, include: { orders: { include: { lines: { include: { product: true } } } } } });
    const slip = await coordinator.get<string>(`/api/households/${household.id}/order-slip?paper=a5`);
    expect(slip.status, slip.text).toBe(200);
    expect(slip.headers.get("content-type")).toContain("text/html");
    expect(slip.text).toContain("size: A5");
    expect(slip.text).toContain(`Bon de commande — ${household.name.replace("'", "&#39;")}`);
    const comesBack = new Intl.DateTimeFormat("fr-FR", { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(dbDate(next));
    expect(slip.text).toContain(`Le camion revient le ${comesBack}`);
    const usual = household.orders.flatMap((o) => o.lines.map((l) => l.product.name));
    expect(usual.some((name) => slip.text.includes(name.replace("'", "&#39;")))).toBe(true);
    // As many lines as fit on one sheet of that paper in large print: four products and a blank line on A5, eight and three on A4.
    expect(slip.text.match(/class="box"/g)).toHaveLength(5);
    expect(slip.text).not.toMatch(/€|participation|bénéficiaire|social/i);
    const a4 = (await coordinator.get<string>(`/api/households/${household.id}/order-slip`)).text;
    expect(a4).toContain("size: A4");
    expect(a4.match(/class="box"/g)).toHaveLength(11);
  });

  it("prints one slip per household expected at a passage, each on its own page", async () => {
    const slips = await coordinator.get<string>(`/api/passages/${felletin}/order-slips?paper=a4`);
    const usual = await app.db.prisma.household.count({ where: { usualStop: { city: "Felletin", kind: "halt" } } });
    expect(slips.text.match(/<section class="slip">/g)).toHaveLength(usual);
    expect((await coordinator.get<{ code: string }>(`/api/passages/${felletin}/order-slips?paper=a3`)).body.code).toBe("validation_failed");
  });
});
