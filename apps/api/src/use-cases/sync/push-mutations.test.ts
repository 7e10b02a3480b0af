import { MemoryOutbox, type Mutation, type PushResponse } from "@tournee/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { at, byStatus, startRoundApp } from "../../test-support/round-app.js";
import type { RoundWorld } from "../../test-support/round-world.js";
import type { TestApp, TestClient } from "../../test-support/test-app.js";
import { PASSWORD, type World } from "../../test-support/world.js";

let app: TestApp;
let w: World;
let r: RoundWorld;
let driver: TestClient;
let outbox: MemoryOutbox;

beforeAll(async () => {
  ({ app, w, r, driver } = await startRoundApp());
  outbox = new MemoryOutbox("0190a000-0000-7000-8000-00000000f001");
});
afterAll(() => app.close());

async function record(kind: string, payload: Record<string, unknown>, time = "09:00"): Promise<Mutation> {
  return outbox.enqueue({ kind, payload: { tourId: w.tours.driverA1, ...payload }, deviceTime: at(time) });
}

async function push(mutations: Mutation[], client = driver): Promise<PushResponse> {
  const res = await client.post<PushResponse>("/api/sync/push", { deviceId: outbox.deviceId, mutations });
  expect(res.status, res.text).toBe(200);
  return res.body;
}

describe("POST /api/sync/push", () => {
  it("applies a round's outcomes once, keeping device and server times; a repeated push changes nothing", async () => {
    const batch = [
      await record("passage.arrived", { passageId: r.halt }, "09:58"),
      await record("order.handed_over", { passageId: r.halt, orderId: r.orders.referred, lines: [{ lineId: r.lines.referredOil, delivered: 0 }] }, "10:01"),
      await record("payment.taken", { passageId: r.halt, orderId: r.orders.referred, method: "cash", amountCents: 120, tenderedCents: 200 }, "10:02"),
      await record("order.absent", { passageId: r.halt, orderId: r.orders.other }, "10:05"),
      await record("wellbeing.flagged", { passageId: r.halt, householdId: w.households.other, reason: "Volets fermés depuis 3 jours" }, "10:06"),
      await record("note.added", { passageId: r.halt, text: "Travaux sur la place" }, "10:07"),
    ];
    const first = await push(batch);
    expect(byStatus(first.results)).toEqual(["applied", "applied", "applied", "applied", "applied", "applied"]);
    expect(first.lastSeq).toBe(6);
    const again = await push(batch);
    expect(again.results).toEqual(first.results);

    const prisma = app.db.prisma;
    const handovers = await prisma.handover.findMany({ orderBy: { deviceTime: "asc" } });
    expect(handovers.map((h) => [h.outcome, h.deviceTime.toISOString(), h.receivedAt.toISOString()])).toEqual([
      ["partial", "2026-03-10T10:01:00.000Z", "2026-03-10T15:00:00.000Z"],
      ["absent", "2026-03-10T10:05:00.000Z", "2026-03-10T15:00:00.000Z"],
    ]);
    expect((await prisma.order.findUniqueOrThrow({ where: { id: r.orders.referred } })).status).toBe("partially_delivered");
    expect((await prisma.orderLine.findUniqueOrThrow({ where: { id: r.lines.referredOil } })).deliveredQuantity).toBe(0);
    expect(await prisma.payment.count()).toBe(1);
    expect(await prisma.wellbeingAlert.count()).toBe(1);
    expect(await prisma.driverNote.count()).toBe(1);
    expect(await prisma.appliedMutation.count()).toBe(6);
    const passage = await prisma.passage.findUniqueOrThrow({ where: { id: r.halt } });
    expect([passage.outcome, passage.arrivedAt?.toISOString()]).toEqual(["visited", "2026-03-10T09:58:00.000Z"]);
    expect((await prisma.tour.findUniqueOrThrow({ where: { id: w.tours.driverA1 } })).status).toBe("in_progress");
  });

  it("defers what comes after a gap, and applies it once the missing change arrives", async () => {
    const a = await record("passage.arrived", { passageId: r.homeDrop }, "11:00");
    const b = await record("note.added", { passageId: r.homeDrop, text: "Chien dans la cour" }, "11:01");
    expect(byStatus((await push([b])).results)).toEqual(["deferred:deferred"]);
    expect(byStatus((await push([b, a])).results)).toEqual(["applied", "applied"]);
  });

  it("records business rejections without blocking the changes behind them", async () => {
    const bad = await record("payment.taken", { passageId: r.homeDrop, orderId: r.orders.own, method: "cash", amountCents: 250, tenderedCents: 200 });
    const unknown = await record("order.absent", { passageId: r.homeDrop, orderId: r.orders.referred });
    const good = await record("order.handed_over", { passageId: r.homeDrop, orderId: r.orders.own, lines: [] }, "11:02");
    expect(byStatus((await push([bad, unknown, good])).results)).toEqual(["rejected:cash_short", "rejected:unknown_order", "applied"]);
    const unstorable = await record("note.added", { passageId: r.homeDrop, text: "Portail\u0000bleu" }, "11:03");
    const next = await record("note.added", { passageId: r.homeDrop, text: "Portail bleu" }, "11:04");
    const answer = await push([unstorable, next]);
    expect(byStatus(answer.results)).toEqual(["rejected:invalid_payload", "applied"]);
    expect(answer.results[0]?.message).toContain("text contains a NUL character");
    const kept = await app.db.prisma.appliedMutation.findUniqueOrThrow({ where: { id: unstorable.id } });
    expect(kept.resultDetail).toMatchObject({ payload: { text: "Portail\u2400bleu" } });
    const rows = await app.db.prisma.appliedMutation.findMany({ where: { id: { in: [bad.id, unknown.id] } } });
    expect(rows.map((x) => x.result)).toEqual(["rejected", "rejected"]);
  });

  it("settles conflicts by the written rules and shows them to coordinators", async () => {
    const prisma = app.db.prisma;
    // A second outcome for an order that has one is refused, not overwritten.
    const twice = await record("order.absent", { passageId: r.halt, orderId: r.orders.referred });
    expect(byStatus((await push([twice])).results)).toEqual(["rejected:already_handed_over"]);
    // A cancelled order handed over offline stays handed over.
    const cancelledOrder = await prisma.order.create({
      data: { organisationId: w.org.groceryA, householdId: w.households.delegated, passageId: r.homeDrop, channel: "relay", enteredById: w.users.relay.id, cutoffAt: at("08:00"), totalCents: 0, referenceTotalCents: 0, status: "cancelled", cancelledAt: at("09:30") },
    });
    const handed = await record("order.handed_over", { passageId: r.homeDrop, orderId: cancelledOrder.id, lines: [] });
    expect(byStatus((await push([handed])).results)).toEqual(["applied:conflict"]);
    expect((await prisma.order.findUniqueOrThrow({ where: { id: cancelledOrder.id } })).status).toBe("delivered");
    // A stop moved to another round keeps the driver's outcome.
    await prisma.passage.update({ where: { id: r.homeDrop }, data: { tourId: w.tours.driverA2 } });
    const moved = await record("passage.arrived", { passageId: r.homeDrop });
    expect(byStatus((await push([moved])).results)).toEqual(["applied:conflict"]);
    await prisma.passage.update({ where: { id: r.homeDrop }, data: { tourId: w.tours.driverA1 } });
    const rules = (await prisma.syncConflict.findMany({ orderBy: { createdAt: "asc" } })).map((c) => c.rule);
    expect(rules).toEqual(["competing_outcomes", "delivered_after_cancel", "passage_moved"]);
    const coord = await app.client().login(w.users.coordA.email, PASSWORD);
    const live = await coord.get<{ kind: string }[]>("/api/live?date=2026-03-10");
    expect(live.body.filter((c) => c.kind === "conflict")).toHaveLength(3);
    expect(live.body.some((c) => c.kind === "wellbeing.flagged")).toBe(true);
    const coordB = await app.client().login(w.users.coordB.email, PASSWORD);
    expect((await coordB.get<unknown[]>("/api/live?date=2026-03-10")).body).toEqual([]);
  });

  it("flags a device clock that is far off, keeping its time", async () => {
    const future = await record("note.added", { passageId: r.halt, text: "Horloge" }, "18:00");
    expect(byStatus((await push([future])).results)).toEqual(["applied"]);
    const change = await app.db.prisma.syncChange.findFirstOrThrow({ where: { mutationId: future.id } });
    expect(change.payload).toMatchObject({ clockSuspect: true, deviceTime: "2026-03-10T18:00:00.000Z" });
  });

  it("refuses a device bound to another driver", async () => {
    const other = await app.client().login(w.users.driverA2.email, PASSWORD);
    const m = await new MemoryOutbox(outbox.deviceId).enqueue({ kind: "note.added", payload: { tourId: w.tours.driverA2, passageId: r.halt, text: "x" }, deviceTime: at("10:00") });
    const res = await other.post("/api/sync/push", { deviceId: outbox.deviceId, mutations: [m] });
    expect(res.status).toBe(409);
  });

  it("pulls changes since a cursor, and asks for a resync without one", async () => {
    const first = await driver.get<{ resync: boolean; cursor: string; tours: { id: string }[] }>("/api/sync/pull");
    expect(first.body.resync).toBe(true);
    expect(first.body.tours.map((t) => t.id)).toEqual([w.tours.driverA1]);
    const note = await record("note.added", { passageId: r.halt, text: "Banc cassé" }, "12:00");
    await push([note]);
    const pulled = await driver.get<{ resync: boolean; cursor: string; changes: { kind: string }[] }>(`/api/sync/pull?cursor=${first.body.cursor}`);
    expect(pulled.body.resync).toBe(false);
    expect(pulled.body.changes.map((c) => c.kind)).toEqual(["note.added"]);
    const none = await driver.get<{ changes: unknown[] }>(`/api/sync/pull?cursor=${pulled.body.cursor}`);
    expect(none.body.changes).toEqual([]);
    const stale = await driver.get<{ resync: boolean }>(`/api/sync/pull?cursor=1.${at("00:00").getTime() - 15 * 86_400_000}`);
    expect(stale.body.resync).toBe(true);
  });

  it("applies each change once when the same batch is pushed twice at the same time", async () => {
    const batch = [
      await record("note.added", { passageId: r.halt, text: "Deux fois 1" }, "12:10"),
      await record("note.added", { passageId: r.halt, text: "Deux fois 2" }, "12:11"),
      await record("passage.arrived", { passageId: r.halt }, "12:12"),
    ];
    const [a, b] = await Promise.all([push(batch), push(batch)]);
    expect(a.results).toEqual(b.results);
    expect(byStatus(a.results)).toEqual(["applied", "applied", "applied"]);
    const ids = batch.map((m) => m.id);
    expect(await app.db.prisma.driverNote.count({ where: { mutationId: { in: ids } } })).toBe(2);
    expect(await app.db.prisma.appliedMutation.count({ where: { id: { in: ids } } })).toBe(3);
  });

  it("on an unexpected failure keeps the changes before it, defers it and the ones behind it, and applies them once it is fixed", async () => {
    const prisma = app.db.prisma;
    // A fault the handlers cannot foresee: the database refuses one row.
    await prisma.$executeRawUnsafe(`CREATE FUNCTION refuse_note() RETURNS trigger AS $$ BEGIN IF NEW.text = 'panne' THEN RAISE EXCEPTION 'disk full'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`);
    await prisma.$executeRawUnsafe(`CREATE TRIGGER refuse_note BEFORE INSERT ON "DriverNote" FOR EACH ROW EXECUTE FUNCTION refuse_note()`);
    const before = await record("note.added", { passageId: r.halt, text: "avant" }, "12:20");
    const failing = await record("note.added", { passageId: r.halt, text: "panne" }, "12:21");
    const after = await record("note.added", { passageId: r.halt, text: "après" }, "12:22");
    try {
      expect(byStatus((await push([before, failing, after])).results)).toEqual(["applied", "deferred:deferred", "deferred:deferred"]);
      expect((await prisma.device.findUniqueOrThrow({ where: { id: outbox.deviceId } })).lastSeq).toBe(before.seq);
      expect(await prisma.driverNote.count({ where: { text: { in: ["avant", "panne", "après"] } } })).toBe(1);
    } finally {
      await prisma.$executeRawUnsafe(`DROP TRIGGER refuse_note ON "DriverNote"`);
      await prisma.$executeRawUnsafe(`DROP FUNCTION refuse_note()`);
    }
    expect(byStatus((await push([before, failing, after])).results)).toEqual(["applied", "applied", "applied"]);
    expect(await prisma.driverNote.count({ where: { text: { in: ["avant", "panne", "après"] } } })).toBe(3);
  });

  it("closes the round, then refuses late outcomes but keeps a wellbeing concern", async () => {
    const close = await record("tour.closed", {}, "14:00");
    const late = await record("note.added", { passageId: r.halt, text: "trop tard" }, "14:01");
    const concern = await record("wellbeing.flagged", { passageId: r.halt, householdId: w.households.referred, reason: "Chute" }, "14:02");
    expect(byStatus((await push([close, late, concern])).results)).toEqual(["applied", "rejected:round_closed", "applied"]);
  });
});

describe("GET /api/tours/:id/round", () => {
  it("gives what to hand over and the amount due, never eligibility, and access notes only at home drops", async () => {
    const res = await driver.get<{ passages: { kind: string; orders: { dueCents: number; household: { name: string; accessNotes: string | null } }[] }[] }>(`/api/tours/${w.tours.driverA1}/round`);
    expect(res.status).toBe(200);
    expect(res.text).not.toMatch(/participation|eligib|rate|monthlyCap|unitPrice|socialPrice|reference/i);
    const halt = res.body.passages.find((p) => p.kind === "halt")!;
    const mine = halt.orders.filter((o) => ["Other", "Referred"].includes(o.household.name));
    expect(mine.map((o) => [o.household.name, o.household.accessNotes, o.dueCents])).toEqual([
      ["Other", null, 300],
      ["Referred", null, 120],
    ]);
    const home = res.body.passages.find((p) => p.kind === "home_drop")!;
    expect(home.orders.find((o) => o.household.name === "Own")!.household.accessNotes).toBe("notes of Own");
  });
});
