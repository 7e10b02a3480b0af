import type { Catalogue, ProducerWeek } from "@tournee/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp, type TestClient } from "../../test-support/test-app.js";
import { buildWorld, PASSWORD, type World } from "../../test-support/world.js";
import { addProducer, type ProducerWorld } from "../../test-support/world-producer.js";

/** The open passage of the world's round is on 2030-01-15; its orders close the day before at 18:00, Paris time. */
const DATE = "2030-01-15";
const BEFORE = new Date("2030-01-10T10:00:00Z");
const AFTER_CUTOFF = new Date("2030-01-14T17:30:00Z");

let app: TestApp;
let w: World;
let farm: ProducerWorld;
let producer: TestClient;
let resident: TestClient;
let relay: TestClient;

beforeAll(async () => {
  app = await startTestApp();
  app.clock.now = BEFORE;
  w = await buildWorld(app.db.prisma);
  farm = await addProducer(app.db.prisma, w);
  producer = await app.client().login(w.users.producer.email, PASSWORD);
  resident = await app.client().login(w.users.resident.email, PASSWORD);
  relay = await app.client().login(w.users.relay.email, PASSWORD);
});
afterAll(() => app.close());

const declare = (quantity: number) => producer.request("PUT", "/api/producer/supply", { json: { buyerId: w.org.groceryA, date: DATE, lines: [{ offerId: farm.offers.apples, quantity }] } });
const order = (client: TestClient, householdId: string, quantity: number) =>
  client.post<{ id: string }>("/api/orders", { householdId, passageId: w.catalogue.passages.open, lines: [{ offerId: farm.offers.apples, quantity }] });
const apples = async (passageId = w.catalogue.passages.open) => {
  const res = await resident.get<Catalogue>(`/api/passages/${passageId}/catalogue?householdId=${w.households.own}`);
  expect(res.status, res.text).toBe(200);
  return res.body.shelves.flatMap((s) => s.items).find((i) => i.offerId === farm.offers.apples);
};
const week = async () => {
  const res = await producer.get<ProducerWeek>("/api/producer/week?from=2030-01-10");
  expect(res.status, res.text).toBe(200);
  return res.body;
};

describe("what a producer can supply caps what residents can order", () => {
  it("offers residents no more than the farm declared for the date, though the round carries more", async () => {
    expect((await apples())?.available).toBe(10);
    const tooMany = await order(resident, w.households.own, 11);
    expect(tooMany.status, tooMany.text).toBe(409);
    expect(tooMany.text).toContain("stock_exhausted");
    const placed = await order(resident, w.households.own, 6);
    expect(placed.status, placed.text).toBe(201);
    expect((await apples())?.available).toBe(4);
    const other = await order(relay, w.households.delegated, 5);
    expect(other.status, other.text).toBe(409);
  });

  it("does not let the producer declare less than is already ordered, and more becomes orderable at once", async () => {
    const below = await declare(5);
    expect(below.status, below.text).toBe(409);
    expect(below.body).toMatchObject({ code: "supply_below_ordered", errors: [{ path: "lines.0.quantity" }] });
    expect((await declare(15)).status).toBe(200);
    expect((await apples())?.available).toBe(9);
    expect((await order(relay, w.households.delegated, 5)).status).toBe(201);
  });

  it("does not offer a farm's product on a date it declared nothing for", async () => {
    const repeat = await app.db.prisma.passage.findUniqueOrThrow({ where: { id: w.catalogue.passages.repeat } });
    await app.db.prisma.offerStock.create({ data: { offerId: farm.offers.apples, templateId: w.catalogue.templateId, date: repeat.date, quantity: 20 } });
    expect(await apples(w.catalogue.passages.repeat)).toBeUndefined();
    const refused = await resident.post("/api/orders", { householdId: w.households.own, passageId: w.catalogue.passages.repeat, lines: [{ offerId: farm.offers.apples, quantity: 1 }] });
    expect(refused.status, refused.text).toBe(409);
    expect(refused.text).toContain("stock_exhausted");
  });

  it("shows the producer the demand per date, and its purchase order equals the orders at the cutoff", async () => {
    const [date] = (await week()).dates.filter((d) => d.date === DATE);
    expect(date).toMatchObject({ buyerId: w.org.groceryA, closed: false, route: "warehouse_drop", drop: { byTime: "07:30" } });
    expect(date!.lines).toEqual([expect.objectContaining({ name: "Pommes", declared: 15, ordered: 11, producerPriceCents: 240 })]);
    expect(date!.orderedValueCents).toBe(11 * 240);
    const provisional = await producer.get(`/api/purchase-order?producerId=${w.org.farm}&buyerId=${w.org.groceryA}&date=${DATE}`);
    expect(provisional.text).toContain("Provisoire");

    app.clock.now = AFTER_CUTOFF;
    const closed = (await week()).dates.find((d) => d.date === DATE)!;
    expect(closed.closed).toBe(true);
    const late = await declare(20);
    expect(late.status, late.text).toBe(409);
    expect(late.text).toContain("orders_closed");
    const ordered = await app.db.prisma.orderLine.aggregate({ where: { offerId: farm.offers.apples, order: { status: { not: "cancelled" } } }, _sum: { quantity: true } });
    const sheet = await producer.get(`/api/purchase-order?producerId=${w.org.farm}&buyerId=${w.org.groceryA}&date=${DATE}`);
    expect(sheet.status).toBe(200);
    expect(sheet.text).toContain("Définitif");
    expect(sheet.text).toMatch(new RegExp(`<td>Pommes</td><td>sac 1 kg</td><td class="n">${ordered._sum.quantity}</td><td class="n">2,40\\s€</td><td class="n">26,40\\s€</td>`));
    app.clock.now = BEFORE;
  });

  it("releases the farm's supply when an order is cancelled", async () => {
    const mine = await app.db.prisma.order.findFirstOrThrow({ where: { householdId: w.households.own, passageId: w.catalogue.passages.open } });
    expect((await resident.post(`/api/orders/${mine.id}/cancel`)).status).toBe(200);
    expect((await apples())?.available).toBe(10);
  });
});
