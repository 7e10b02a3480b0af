/**
 * After the driver counted at the farm: the coordinator reads the receipt and the households left
 * short, and both sides print the delivery note, ordered against received.
 */
import type { FarmReceipts } from "@tournee/domain";
import { MemoryOutbox, type PushResponse } from "@tournee/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { at, startRoundApp } from "../../test-support/round-app.js";
import type { RoundWorld } from "../../test-support/round-world.js";
import type { TestApp, TestClient } from "../../test-support/test-app.js";
import { addFarmPickup, type FarmRound } from "../../test-support/world-farm-round.js";
import { PASSWORD, type World } from "../../test-support/world.js";

let app: TestApp;
let w: World;
let r: RoundWorld;
let f: FarmRound;
let driver: TestClient;
let coordinator: TestClient;
let producer: TestClient;
const outbox = new MemoryOutbox("0190a000-0000-7000-8000-00000000f0b1");
const NOTE = `/api/delivery-note?date=2026-03-10`;

async function push(kind: string, payload: Record<string, unknown>, time: string) {
  const m = await outbox.enqueue({ kind, payload: { tourId: w.tours.driverA1, ...payload }, deviceTime: at(time) });
  const res = await driver.post<PushResponse>("/api/sync/push", { deviceId: outbox.deviceId, mutations: [m] });
  expect(res.body.results[0]!.status, res.text).toBe("applied");
}

beforeAll(async () => {
  ({ app, w, r, driver } = await startRoundApp());
  f = await addFarmPickup(app.db.prisma, w, r);
  coordinator = await app.client().login(w.users.coordA.email, PASSWORD);
  producer = await app.client().login(w.users.producer.email, PASSWORD);
  // 3 bags were to be loaded (2 for Referred at the halt, 1 for Own at home); 1 came.
  await push("farm.received", { siteId: f.farmSiteId, lines: [{ productId: f.apples.productId, received: 1, note: "Grêle sur le verger" }] }, "09:05");
});
afterAll(() => app.close());

describe("GET /api/supply/receipts", () => {
  it("shows the coordinator the shortfall and who it leaves short, first stops served first", async () => {
    const res = await coordinator.get<FarmReceipts>("/api/supply/receipts?month=2026-03");
    expect(res.status, res.text).toBe(200);
    const [receipt, ...others] = res.body.receipts;
    expect(others).toEqual([]);
    expect(receipt).toMatchObject({ date: "2026-03-10", producerName: "Ferme des Combes", vehicleName: "Camion 1", recordedAt: "2026-03-10T09:05:00.000Z", recordedBy: "driverA1" });
    expect(receipt!.lines).toEqual([{ id: expect.any(String), productName: "Pommes", unit: "sac 1 kg", expected: 3, received: 1, note: "Grêle sur le verger", correctedBy: null, correctedAt: null }]);
    expect(receipt!.shortOrders.map((o) => [o.householdName, o.stopName, o.ordered, o.missing, o.handedOver])).toEqual([
      ["Referred", expect.any(String), 2, 1, false],
      ["Own", "Chez Own", 1, 1, false],
    ]);
  });

  it("follows what the driver actually handed over once the order is handed over", async () => {
    // The one bag went to Own after all; Referred got none.
    await push("order.handed_over", { passageId: r.halt, orderId: r.orders.referred, lines: [{ lineId: f.lines.referred, delivered: 0 }] }, "10:00");
    await push("order.handed_over", { passageId: r.homeDrop, orderId: r.orders.own, lines: [{ lineId: f.lines.own, delivered: 1 }] }, "10:30");
    const receipt = (await coordinator.get<FarmReceipts>("/api/supply/receipts?month=2026-03")).body.receipts[0]!;
    expect(receipt.shortOrders.map((o) => [o.householdName, o.missing, o.handedOver])).toEqual([["Referred", 2, true]]);
  });

  it("names the month it could not read", async () => {
    const res = await coordinator.get("/api/supply/receipts?month=2026-13");
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: "validation_failed", errors: [expect.objectContaining({ in: "query", path: "month" })] });
  });
});

describe("GET /api/delivery-note", () => {
  it("prints ordered against received, why it fell short, and who counted, for the producer and the coordinator alike", async () => {
    for (const client of [producer, coordinator]) {
      const res = await client.get(`${NOTE}&producerId=${w.org.farm}&buyerId=${w.org.groceryA}`);
      expect(res.status, res.text).toBe(200);
      expect(res.headers.get("content-type")).toMatch(/^text\/html/);
      expect(res.text).toContain("Bon de livraison — Ferme des Combes");
      expect(res.text).toContain("livraison du mardi 10 mars 2026");
      expect(res.text).toMatch(/<td>Pommes<\/td><td>sac 1 kg<\/td><td class="n">3<\/td><td class="n">1<\/td><td class="n">−2<\/td><td class="n">2,40\s€<\/td><td class="n">2,40\s€<\/td><td>Grêle sur le verger<\/td>/);
      expect(res.text).toMatch(/Reçu par la tournée Camion 1 \(driverA1\) le 10 mars à 10 h 05/);
      expect(res.text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    }
  });

  it("says which field is wrong, and hides another grocery's papers", async () => {
    const bad = await producer.get(`/api/delivery-note?producerId=${w.org.farm}&buyerId=${w.org.groceryA}&date=10/03/2026`);
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ code: "validation_failed", errors: [expect.objectContaining({ in: "query", path: "date" })] });
    const missing = await producer.get(`${NOTE}&buyerId=${w.org.groceryA}`);
    expect(missing.status).toBe(400);
    expect(missing.body).toMatchObject({ errors: [expect.objectContaining({ path: "producerId" })] });
    expect((await producer.get(`${NOTE}&producerId=${w.org.farm}&buyerId=${w.org.groceryB}`)).status).toBe(404);
  });
});

describe("PATCH /api/supply/receipts/:id", () => {
  it("corrects a miscount: the statement follows, the audit log keeps what it replaced", async () => {
    const before = (await coordinator.get<FarmReceipts>("/api/supply/receipts?month=2026-03")).body.receipts[0]!.lines[0]!;
    const res = await coordinator.patch<FarmReceipts>(`/api/supply/receipts/${before.id}`, { received: 2, note: "Un sac retrouvé dans le camion" });
    expect(res.status, res.text).toBe(200);
    expect(res.body.receipts[0]!.lines[0]).toMatchObject({ id: before.id, expected: 3, received: 2, note: "Un sac retrouvé dans le camion", correctedBy: "coordA" });
    // When the driver counted stays as it was; the correction says who and when on its own.
    expect(res.body.receipts[0]!.recordedAt).toBe("2026-03-10T09:05:00.000Z");
    const statement = (await producer.get<{ statements: { lines: { kind: string; received: number; amountCents: number }[] }[] }>("/api/supply/statements?month=2026-03")).body.statements[0]!;
    expect(statement.lines.find((l) => l.kind === "goods")).toMatchObject({ received: 2, amountCents: 480 });
    const audit = await app.db.prisma.auditEntry.findFirstOrThrow({ where: { entity: "SupplyReceipt", entityId: before.id } });
    expect(audit).toMatchObject({ action: "correct", changes: { received: { from: 1, to: 2 }, note: { from: "Grêle sur le verger", to: "Un sac retrouvé dans le camion" } } });
  });

  it("names a wrong count, and hides another grocery's receipt", async () => {
    const line = (await coordinator.get<FarmReceipts>("/api/supply/receipts?month=2026-03")).body.receipts[0]!.lines[0]!;
    const bad = await coordinator.patch(`/api/supply/receipts/${line.id}`, { received: -1 });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ code: "validation_failed", errors: [expect.objectContaining({ in: "body", path: "received" })] });
    const other = await app.client().login(w.users.coordB.email, PASSWORD);
    expect((await other.patch(`/api/supply/receipts/${line.id}`, { received: 3 })).status).toBe(404);
    expect((await coordinator.get<FarmReceipts>("/api/supply/receipts?month=2026-03")).body.receipts[0]!.lines[0]!.received).toBe(2);
  });
});
