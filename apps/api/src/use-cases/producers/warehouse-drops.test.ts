/**
 * At the warehouse: the goat farm is due by 7:30 with 3 faisselles for driverA1's round. The
 * coordinator sees it expected, then late, ticks it in with one pot short; the households further
 * on go short, the round gets a new version, the statement counts what came; a correction and a
 * recount share it out again.
 */
import type { DropChecklist, FarmReceipts, ProducerStatements } from "@tournee/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { at, startRoundApp } from "../../test-support/round-app.js";
import type { RoundWorld } from "../../test-support/round-world.js";
import type { TestApp, TestClient } from "../../test-support/test-app.js";
import { addWarehouseDrop, type WarehouseDrop } from "../../test-support/world-warehouse-drop.js";
import { PASSWORD, type World } from "../../test-support/world.js";

let app: TestApp;
let w: World;
let r: RoundWorld;
let d: WarehouseDrop;
let coordinator: TestClient;
const DATE = "2026-03-10";

const checklist = async () => (await coordinator.get<DropChecklist>(`/api/supply/drops?date=${DATE}`)).body;
const owed = async (orderId: string) => (await app.db.prisma.order.findUniqueOrThrow({ where: { id: orderId } })).totalCents;

beforeAll(async () => {
  ({ app, w, r } = await startRoundApp());
  d = await addWarehouseDrop(app.db.prisma, w, r);
  coordinator = await app.client().login(w.users.coordA.email, PASSWORD);
});
afterAll(() => app.close());

describe("GET /api/supply/drops", () => {
  it("lists what each producer is to bring by when, expected before the time and late after it", async () => {
    app.clock.now = at("05:00");
    const early = await coordinator.get<DropChecklist>("/api/supply/drops");
    expect(early.status, early.text).toBe(200);
    expect(early.body.date).toBe(DATE);
    expect(early.body.dates).toEqual([DATE]);
    expect(early.body.drops).toEqual([expect.objectContaining({
      producerName: "Chèvrerie du Puy Bas", siteName: "Dépôt", dueAt: "2026-03-10T06:30:00.000Z", status: "expected", receivedAt: null, shortOrders: [],
      lines: [{ offerId: d.faisselle.offerId, productName: "Faisselle de chèvre", unit: "pot 400 g", expected: 3, received: null, note: null, receiptId: null }],
    })]);
    app.clock.now = at("07:00");
    expect((await checklist()).drops[0]!.status).toBe("late");
  });

  it("answers an empty checklist for a date nothing is brought, and names a date it cannot read", async () => {
    expect((await coordinator.get<DropChecklist>("/api/supply/drops?date=2026-03-11")).body).toMatchObject({ date: "2026-03-11", drops: [] });
    const bad = await coordinator.get("/api/supply/drops?date=10/03/2026");
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ code: "validation_failed", errors: [expect.objectContaining({ in: "query", path: "date" })] });
  });
});

describe("POST /api/supply/drops", () => {
  it("records what came: the short pot reaches the last households, the round and the statement", async () => {
    const version = (await app.db.prisma.tour.findUniqueOrThrow({ where: { id: w.tours.driverA1 } })).version;
    const [referredBefore, ownBefore] = [await owed(r.orders.referred), await owed(r.orders.own)];
    app.clock.now = at("07:10");
    const res = await coordinator.post<DropChecklist>("/api/supply/drops", { date: DATE, producerId: w.org.farm, lines: [{ offerId: d.faisselle.offerId, received: 2, note: "Un pot cassé" }] });
    expect(res.status, res.text).toBe(200);
    const [drop] = res.body.drops;
    expect(drop).toMatchObject({ status: "received", receivedAt: "2026-03-10T07:10:00.000Z", receivedBy: "coordA" });
    expect(drop!.lines[0]).toMatchObject({ expected: 3, received: 2, note: "Un pot cassé", receiptId: expect.any(String) });
    // First stops served first: Referred at stop 1 gets its 2, Own at stop 2 goes without.
    expect(drop!.shortOrders.map((o) => [o.householdName, o.ordered, o.missing, o.handedOver])).toEqual([["Own", 1, 1, false]]);
    expect(await owed(r.orders.referred)).toBe(referredBefore);
    expect(await owed(r.orders.own)).toBe(ownBefore - 350);
    expect((await app.db.prisma.tour.findUniqueOrThrow({ where: { id: w.tours.driverA1 } })).version).toBeGreaterThan(version);
    const producer = await app.client().login(w.users.producer.email, PASSWORD);
    const statement = (await producer.get<ProducerStatements>("/api/supply/statements?month=2026-03")).body.statements[0]!;
    expect(statement.lines).toEqual([expect.objectContaining({ date: DATE, name: "Faisselle de chèvre", ordered: 3, received: 2, counted: true, amountCents: 500, note: "Un pot cassé" })]);
    const note = await producer.get(`/api/delivery-note?producerId=${w.org.farm}&buyerId=${w.org.groceryA}&date=${DATE}`);
    expect(note.text).toContain("Reçu à l&#39;entrepôt (coordA) le 10 mars à 8 h 10.");
  });

  it("shows the drop with the month's receipts, where a correction shares the shortfall out again", async () => {
    const receipts = (await coordinator.get<FarmReceipts>("/api/supply/receipts?month=2026-03")).body.receipts;
    const drop = receipts.find((x) => x.tourId === null)!;
    expect(drop.shortOrders.map((o) => o.householdName)).toEqual(["Own"]);
    const res = await coordinator.patch<FarmReceipts>(`/api/supply/receipts/${drop.lines[0]!.id}`, { received: 1 });
    expect(res.status, res.text).toBe(200);
    expect(res.body.receipts.find((x) => x.tourId === null)!.shortOrders.map((o) => [o.householdName, o.missing])).toEqual([["Referred", 1], ["Own", 1]]);
  });

  it("counts again over the first count: all came, nobody goes short, the log keeps both", async () => {
    const res = await coordinator.post<DropChecklist>("/api/supply/drops", { date: DATE, producerId: w.org.farm, lines: [] });
    expect(res.status, res.text).toBe(200);
    expect(res.body.drops[0]).toMatchObject({ status: "received", receivedAt: "2026-03-10T07:10:00.000Z", shortOrders: [] });
    expect(res.body.drops[0]!.lines[0]).toMatchObject({ received: 3, note: null });
    const lines = await app.db.prisma.orderLine.findMany({ where: { offerId: d.faisselle.offerId } });
    expect(lines.map((l) => l.shortQuantity)).toEqual([0, 0]);
    const log = await app.db.prisma.auditEntry.findMany({ where: { entity: "SupplyReceipt" }, orderBy: { at: "asc" } });
    expect(log.map((e) => e.action)).toEqual(["receive", "correct", "correct"]);
  });

  it("leaves short first an order on a passage no round carries, before any household on a round", async () => {
    const prisma = app.db.prisma;
    const stop = await prisma.stop.create({ data: { organisationId: w.org.groceryA, kind: "halt", name: "Halte oubliée", city: "Guéret", latitude: 46.17, longitude: 1.87 } });
    const passage = await prisma.passage.create({ data: { organisationId: w.org.groceryA, stopId: stop.id, date: new Date(`${DATE}T00:00:00Z`), windowStart: at("13:00"), windowEnd: at("14:00"), cutoffAt: new Date("2026-03-09T17:00:00Z") } });
    const left = await prisma.order.create({
      data: { organisationId: w.org.groceryA, householdId: w.households.other, passageId: passage.id, channel: "app", enteredById: w.users.coordA.id, cutoffAt: new Date("2026-03-09T17:00:00Z"), totalCents: 350, referenceTotalCents: 350,
        lines: { create: [{ offerId: d.faisselle.offerId, productId: d.faisselle.productId, quantity: 1, unitPriceCents: 350, referenceUnitPriceCents: 350, socialPrice: false }] } },
    });
    const res = await coordinator.post<DropChecklist>("/api/supply/drops", { date: DATE, producerId: w.org.farm, lines: [{ offerId: d.faisselle.offerId, received: 3 }] });
    expect(res.status, res.text).toBe(200);
    expect(res.body.drops[0]!.lines[0]).toMatchObject({ expected: 4, received: 3 });
    expect(res.body.drops[0]!.shortOrders.map((o) => [o.householdName, o.stopName, o.missing])).toEqual([["Other", "Halte oubliée", 1]]);
    expect(await owed(left.id)).toBe(0);
  });

  it("says what is wrong: a product not on the purchase order, a date with nothing ordered; another grocery's coordinator finds nothing", async () => {
    const stranger = await coordinator.post("/api/supply/drops", { date: DATE, producerId: w.org.farm, lines: [{ offerId: d.faisselle.productId, received: 1 }] });
    expect(stranger.status).toBe(400);
    expect(stranger.body).toMatchObject({ code: "validation_failed", errors: [expect.objectContaining({ in: "body", path: "lines.0.offerId" })] });
    const noOrder = await coordinator.post("/api/supply/drops", { date: "2026-03-11", producerId: w.org.farm, lines: [] });
    expect(noOrder.status).toBe(400);
    expect(noOrder.body).toMatchObject({ errors: [expect.objectContaining({ in: "body", path: "date" })] });
    const other = await app.client().login(w.users.coordB.email, PASSWORD);
    expect((await other.post("/api/supply/drops", { date: DATE, producerId: w.org.farm, lines: [] })).status).toBe(404);
  });
});

describe("GET /api/supply/drops/sheet", () => {
  it("prints the checklist in French with what was counted", async () => {
    const res = await coordinator.get(`/api/supply/drops/sheet?date=${DATE}`);
    expect(res.status, res.text).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/html/);
    expect(res.text).toContain("Livraison du mardi 10 mars 2026");
    expect(res.text).toContain("Chèvrerie du Puy Bas — à Dépôt, avant 7 h 30");
    expect(res.text).toContain("Reçue à 8 h 10 (en retard) par coordA.");
    expect(res.text).toMatch(/<td>✗<\/td><td>Faisselle de chèvre<\/td><td>pot 400 g<\/td><td class="n">4<\/td><td class="n">3<\/td>/);
    expect(res.text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });
});
