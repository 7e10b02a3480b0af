/**
 * The receiving checklist at a farm, from the driver's phone: applied exactly once, what was
 * expected is the server's, a later count replaces the earlier one, and a bad report is refused
 * without holding the changes queued after it.
 */
import { MemoryOutbox, type Mutation, type PushResponse, type Round } from "@tournee/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { at, byStatus, startRoundApp } from "../../test-support/round-app.js";
import type { RoundWorld } from "../../test-support/round-world.js";
import type { TestApp, TestClient } from "../../test-support/test-app.js";
import { addFarmPickup, type FarmRound } from "../../test-support/world-farm-round.js";
import type { World } from "../../test-support/world.js";

let app: TestApp;
let w: World;
let r: RoundWorld;
let f: FarmRound;
let driver: TestClient;
const outbox = new MemoryOutbox("0190a000-0000-7000-8000-00000000f0a1");

beforeAll(async () => {
  ({ app, w, r, driver } = await startRoundApp());
  f = await addFarmPickup(app.db.prisma, w, r);
});
afterAll(() => app.close());

const record = (payload: Record<string, unknown>, time = "09:05"): Promise<Mutation> =>
  outbox.enqueue({ kind: "farm.received", payload: { tourId: w.tours.driverA1, siteId: f.farmSiteId, ...payload }, deviceTime: at(time) });

async function push(mutations: Mutation[]): Promise<PushResponse> {
  const res = await driver.post<PushResponse>("/api/sync/push", { deviceId: outbox.deviceId, mutations });
  expect(res.status, res.text).toBe(200);
  return res.body;
}

const receipts = () => app.db.prisma.supplyReceipt.findMany({ select: { offerId: true, tourId: true, expected: true, received: true, note: true, recordedById: true } });

describe("farm.received", () => {
  it("gives the phone the farm and products to count", async () => {
    const round = (await driver.get<Round>(`/api/tours/${w.tours.driverA1}/round`)).body;
    expect(round.pickups).toEqual([expect.objectContaining({ source: "farm", siteId: f.farmSiteId, products: [{ productId: f.apples.productId, productName: "Pommes", unit: "sac 1 kg", quantity: 3, received: null }] })]);
  });

  it("records what came against what the round was to load, once however often it is pushed", async () => {
    const counted = await record({ lines: [{ productId: f.apples.productId, received: 1, note: "Grêle sur les pommes" }] });
    const first = await push([counted]);
    expect(byStatus(first.results)).toEqual(["applied"]);
    expect(await receipts()).toEqual([{ offerId: f.apples.offerId, tourId: w.tours.driverA1, expected: 3, received: 1, note: "Grêle sur les pommes", recordedById: w.users.driverA1.id }]);
    const again = await push([counted]);
    expect(again.results).toEqual(first.results);
    expect(await app.db.prisma.supplyReceipt.count()).toBe(1);
    expect(await app.db.prisma.appliedMutation.count({ where: { kind: "farm.received" } })).toBe(1);
    const feed = await app.db.prisma.syncChange.findMany({ where: { kind: "farm.received" } });
    expect(feed.map((c) => c.payload)).toEqual([expect.objectContaining({ siteName: "Ferme des Combes", shortfalls: [{ productName: "Pommes", expected: 3, received: 1 }] })]);
    const round = (await driver.get<Round>(`/api/tours/${w.tours.driverA1}/round`)).body;
    expect(round.pickups![0]!.products[0]!.received).toBe(1);
  });

  it("refuses a product the round does not load there, or a farm it does not call at, and applies what follows", async () => {
    const batch = [
      await record({ lines: [{ productId: r.lines.referredPasta, received: 1 }] }),
      await record({ siteId: w.org.farm, lines: [{ productId: f.apples.productId, received: 1 }] }),
      await record({ lines: [{ productId: f.apples.productId, received: -1 }] }),
      await record({ lines: [{ productId: f.apples.productId, received: 3 }] }, "09:20"),
    ];
    const answer = await push(batch);
    expect(byStatus(answer.results)).toEqual(["rejected:invalid_payload", "rejected:unknown_pickup", "rejected:invalid_payload", "applied"]);
    expect(answer.results[0]!.message).toMatch(/^lines\.0\.productId: this product is not loaded at this farm/);
    expect(answer.results[2]!.message).toMatch(/^lines\.0\.received/);
    // The later count replaces the earlier one: everything came after all.
    expect(await receipts()).toEqual([expect.objectContaining({ expected: 3, received: 3, note: null })]);
  });

  it("is kept when it reaches a closed round: what the farm handed over is owed", async () => {
    await app.db.prisma.tour.update({ where: { id: w.tours.driverA1 }, data: { status: "closed" } });
    const late = await push([await record({ lines: [{ productId: f.apples.productId, received: 2, note: "Un sac abîmé" }] }, "09:30")]);
    expect(byStatus(late.results)).toEqual(["applied"]);
    expect(await receipts()).toEqual([expect.objectContaining({ received: 2, note: "Un sac abîmé" })]);
  });
});
