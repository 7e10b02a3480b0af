/**
 * A farm delivered less than ordered: the households the shortfall falls on (the last stops of the
 * round) are told which item was short and are not charged for it, in their order, on their home,
 * on their household page, and on the driver's phone, whose handover defaults to what came.
 */
import type { HouseholdHistory, Order } from "@tournee/domain";
import { MemoryOutbox, type PushResponse, type Round } from "@tournee/sync";
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
let resident: TestClient;
let coordinator: TestClient;
const outbox = new MemoryOutbox("0190a000-0000-7000-8000-00000000f0c1");

async function push(kind: string, payload: Record<string, unknown>, time: string) {
  const m = await outbox.enqueue({ kind, payload: { tourId: w.tours.driverA1, ...payload }, deviceTime: at(time) });
  const res = await driver.post<PushResponse>("/api/sync/push", { deviceId: outbox.deviceId, mutations: [m] });
  expect(res.body.results[0]!.status, res.text).toBe("applied");
}
const count = (received: number, time: string) => push("farm.received", { siteId: f.farmSiteId, lines: [{ productId: f.apples.productId, received }] }, time);
const round = async () => (await driver.get<Round>(`/api/tours/${w.tours.driverA1}/round`)).body;
const orderLines = (rd: Round, orderId: string) => rd.passages.flatMap((p) => p.orders).find((o) => o.id === orderId)!;
const ownOrder = async () => (await resident.get<Order>(`/api/orders/${r.orders.own}`)).body;

beforeAll(async () => {
  ({ app, w, r, driver } = await startRoundApp());
  f = await addFarmPickup(app.db.prisma, w, r);
  resident = await app.client().login(w.users.resident.email, PASSWORD);
  coordinator = await app.client().login(w.users.coordA.email, PASSWORD);
});
afterAll(() => app.close());

describe("a farm's shortfall reaches the households", () => {
  it("leaves the last stops short, lowers what they pay, and gives the phone a new version of the round", async () => {
    const before = await round();
    const totalBefore = (await ownOrder()).totalCents;
    // 3 bags were to be loaded (2 for Referred at stop 1, 1 for Own at stop 2); 2 came.
    await count(2, "09:05");
    const after = await round();
    expect(after.tour.version).toBe(before.tour.version + 1);
    const own = orderLines(after, r.orders.own);
    expect(own.lines.find((l) => l.id === f.lines.own)).toMatchObject({ quantity: 1, short: 1, productId: f.apples.productId });
    expect(own.dueCents).toBe(orderLines(before, r.orders.own).dueCents - 320);
    expect(orderLines(after, r.orders.referred).lines.find((l) => l.id === f.lines.referred)).toMatchObject({ quantity: 2, short: 0 });
    const order = await ownOrder();
    expect(order.lines.find((l) => l.productName === "Pommes")).toMatchObject({ quantity: 1, shortQuantity: 1, lineTotalCents: 0 });
    expect(order.totalCents).toBe(totalBefore - 320);
  });

  it("tells the household on its passages and its page at the grocery", async () => {
    const passages = (await resident.get<{ id: string; order: { shortLines: unknown[] } | null }[]>(`/api/passages?householdId=${w.households.own}&from=2026-03-10`)).body;
    expect(passages.find((p) => p.id === r.homeDrop)?.order?.shortLines).toEqual([{ productName: "Pommes", unit: "sac 1 kg", ordered: 1, missing: 1 }]);
    const history = (await coordinator.get<HouseholdHistory>(`/api/households/${w.households.own}/history`)).body;
    expect(history.orders.find((o) => o.orderId === r.orders.own)?.shortLines).toEqual([{ productName: "Pommes", unit: "sac 1 kg", ordered: 1, missing: 1 }]);
  });

  it("shares it out again when the driver counts again, and hands over what came when the phone says all", async () => {
    await count(1, "09:08");
    expect(orderLines(await round(), r.orders.referred).lines.find((l) => l.id === f.lines.referred)?.short).toBe(1);
    await count(3, "09:10");
    expect((await ownOrder()).lines.find((l) => l.productName === "Pommes")?.shortQuantity).toBe(0);
    await count(2, "09:12");
    await push("order.handed_over", { passageId: r.homeDrop, orderId: r.orders.own, lines: [] }, "10:30");
    const line = await app.db.prisma.orderLine.findUniqueOrThrow({ where: { id: f.lines.own } });
    expect(line.deliveredQuantity).toBe(0);
    // Handed over: a later count no longer changes what the driver recorded.
    await count(3, "11:00");
    expect((await ownOrder()).lines.find((l) => l.productName === "Pommes")?.shortQuantity).toBe(1);
  });
});
