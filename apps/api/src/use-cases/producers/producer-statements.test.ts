/**
 * What the grocery owes its producer for a month, the same on both sides: goods received at the
 * price agreed at the cutoff, and the AMAP baskets its rounds carried at the contract's price,
 * solidarity baskets included at that price. The CSV says the same in French.
 */
import type { ProducerStatements } from "@tournee/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp, type TestClient } from "../../test-support/test-app.js";
import { addAmap } from "../../test-support/world-amap.js";
import { addProducer, type ProducerWorld } from "../../test-support/world-producer.js";
import { buildWorld, PASSWORD, type World } from "../../test-support/world.js";
import { freezeDuePurchaseOrders } from "./purchase-orders.js";

let app: TestApp;
let w: World;
let farm: ProducerWorld;
let producer: TestClient;
let coordinator: TestClient;

beforeAll(async () => {
  app = await startTestApp();
  app.clock.now = new Date("2030-01-10T10:00:00Z");
  w = await buildWorld(app.db.prisma);
  farm = await addProducer(app.db.prisma, w);
  await addAmap(app.db.prisma, w);
  producer = await app.client().login(w.users.producer.email, PASSWORD);
  coordinator = await app.client().login(w.users.coordA.email, PASSWORD);
  const resident = await app.client().login(w.users.resident.email, PASSWORD);
  const placed = await resident.post("/api/orders", { householdId: w.households.own, passageId: w.catalogue.passages.open, lines: [{ offerId: farm.offers.apples, quantity: 6 }] });
  expect(placed.status, placed.text).toBe(201);
  // The date's orders close: the purchase order is stored at 2,40 € a bag; the price changes later.
  await freezeDuePurchaseOrders(app.db.prisma, new Date("2030-01-14T17:30:00Z"));
  await app.db.prisma.offer.update({ where: { id: farm.offers.apples }, data: { producerPriceCents: 300 } });
  app.clock.now = new Date("2030-01-20T10:00:00Z");
});
afterAll(() => app.close());

describe("GET /api/supply/statements", () => {
  it("counts goods at the agreed price and the baskets carried, the same for the producer and the grocery", async () => {
    const mine = await producer.get<ProducerStatements>("/api/supply/statements?month=2030-01");
    expect(mine.status, mine.text).toBe(200);
    const theirs = await coordinator.get<ProducerStatements>(`/api/supply/statements?month=2030-01&producerId=${w.org.farm}`);
    expect(theirs.body).toEqual(mine.body);
    const [s, ...others] = mine.body.statements;
    expect(others).toEqual([]);
    expect(s!.buyer.id).toBe(w.org.groceryA);
    expect(s!.lines.map((l) => [l.date, l.kind, l.name, l.ordered, l.received, l.counted, l.unitPriceCents, l.amountCents])).toEqual([
      ["2030-01-15", "basket", "Panier de légumes — Petit", null, 2, true, 1250, 2500],
      ["2030-01-15", "goods", "Pommes", 6, 6, false, 240, 1440],
    ]);
    expect([s!.goodsCents, s!.basketsCents, s!.totalCents]).toEqual([1440, 2500, 3940]);
  });

  it("pays only what came once the delivery was counted short", async () => {
    await app.db.prisma.supplyReceipt.create({ data: { offerId: farm.offers.apples, date: new Date("2030-01-15T00:00:00Z"), expected: 6, received: 4, note: "Deux sacs abîmés" } });
    const s = (await producer.get<ProducerStatements>("/api/supply/statements?month=2030-01")).body.statements[0]!;
    expect(s.lines.find((l) => l.kind === "goods")).toMatchObject({ ordered: 6, received: 4, counted: true, amountCents: 960, note: "Deux sacs abîmés" });
    expect(s.totalCents).toBe(3460);
  });

  it("keeps the contract's price of each delivery when the contract is repriced later", async () => {
    const amap = await app.client().login(w.amap!.coordinator.email, PASSWORD);
    const sizes = [{ id: w.amap!.sizes.small, name: "Petit", priceCents: 1400 }, { id: w.amap!.sizes.large, name: "Grand", priceCents: 2000 }];
    const repriced = await amap.patch(`/api/amap/contracts/${w.amap!.contractId}`, { sizes });
    expect(repriced.status, repriced.text).toBe(200);
    const s = (await producer.get<ProducerStatements>("/api/supply/statements?month=2030-01")).body.statements[0]!;
    expect(s.lines.filter((l) => l.kind === "basket").map((l) => [l.date, l.unitPriceCents, l.amountCents])).toEqual([["2030-01-15", 1250, 2500]]);
    const coming = await app.db.prisma.order.findMany({ where: { amapSubscriptionId: w.amap!.subscriptions.own, status: "confirmed", passage: { date: { gt: new Date("2030-01-20T00:00:00Z") } } }, select: { amapPriceCents: true } });
    expect(coming.length).toBeGreaterThan(0);
    expect(new Set(coming.map((o) => o.amapPriceCents))).toEqual(new Set([1400]));
  });

  it("is empty for a month with nothing delivered yet, and names a month it could not read", async () => {
    expect((await producer.get<ProducerStatements>("/api/supply/statements?month=2030-02")).body.statements[0]!.lines).toEqual([]);
    const bad = await producer.get("/api/supply/statements?month=janvier");
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ code: "validation_failed", errors: [expect.objectContaining({ in: "query", path: "month" })] });
  });
});

describe("GET /api/supply/statement.csv", () => {
  it("writes the statement with French headers, dates and decimal commas", async () => {
    const res = await producer.get(`/api/supply/statement.csv?month=2030-01&producerId=${w.org.farm}&buyerId=${w.org.groceryA}`);
    expect(res.status, res.text).toBe(200);
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="releve-ferme-des-combes-2030-01.csv"');
    const lines = res.text.replace(/^\uFEFF/, "").trimEnd().split("\r\n");
    expect(lines).toEqual([
      "Date de livraison;Nature;Produit;Unité;Commandé;Reçu;Prix convenu (€);Montant (€);Remarque",
      "15/01/2030;Panier AMAP;Panier de légumes — Petit;panier;;2;12,50;25,00;",
      "15/01/2030;Marchandise;Pommes;sac 1 kg;6;4;2,40;9,60;Deux sacs abîmés",
      ";;Total marchandise;;;;;9,60;",
      ";;Total paniers AMAP;;;;;25,00;",
      ";;Total dû à Ferme des Combes;;;;;34,60;",
    ]);
  });

  it("needs the month, the producer and the buyer, and answers 404 for a grocery the farm does not supply", async () => {
    const bad = await coordinator.get(`/api/supply/statement.csv?producerId=${w.org.farm}`);
    expect(bad.status).toBe(400);
    expect((bad.body as { errors: { path: string }[] }).errors.map((e) => e.path).sort()).toEqual(["buyerId", "month"]);
    expect((await producer.get(`/api/supply/statement.csv?month=2030-01&producerId=${w.org.farm}&buyerId=${w.org.groceryB}`)).status).toBe(404);
  });
});
