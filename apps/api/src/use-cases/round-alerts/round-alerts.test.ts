import type { RoundAlerts, SyncConflictView, WellbeingAlertView } from "@tournee/domain";
import { MemoryOutbox } from "@tournee/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { at, startRoundApp } from "../../test-support/round-app.js";
import type { RoundWorld } from "../../test-support/round-world.js";
import type { TestApp, TestClient } from "../../test-support/test-app.js";
import { PASSWORD, type World } from "../../test-support/world.js";

let app: TestApp;
let w: World;
let r: RoundWorld;
let driver: TestClient;
let coord: TestClient;
const WEEK = "from=2026-03-09&to=2026-03-15";

beforeAll(async () => {
  ({ app, w, r, driver } = await startRoundApp());
  coord = await app.client().login(w.users.coordA.email, PASSWORD);
  // Offline, the driver hands over an order the household cancelled meanwhile, and flags a concern.
  const cancelled = await app.db.prisma.order.create({
    data: { organisationId: w.org.groceryA, householdId: w.households.delegated, passageId: r.homeDrop, channel: "relay", enteredById: w.users.relay.id, cutoffAt: at("08:00"), totalCents: 0, referenceTotalCents: 0, status: "cancelled", cancelledAt: at("09:30") },
  });
  const outbox = new MemoryOutbox("0190a000-0000-7000-8000-00000000f0a1");
  const record = (kind: string, payload: Record<string, unknown>) => outbox.enqueue({ kind, payload: { tourId: w.tours.driverA1, ...payload }, deviceTime: at("10:00") });
  const mutations = [
    await record("order.handed_over", { passageId: r.homeDrop, orderId: cancelled.id, lines: [] }),
    await record("wellbeing.flagged", { passageId: r.halt, householdId: w.households.other, reason: "Volets fermés depuis trois jours" }),
  ];
  const pushed = await driver.post("/api/sync/push", { deviceId: outbox.deviceId, mutations });
  expect(pushed.status, pushed.text).toBe(200);
});
afterAll(() => app.close());

const openAlerts = async (client = coord, query = WEEK) => {
  const res = await client.get<RoundAlerts>(`/api/round-alerts?${query}`);
  expect(res.status, res.text).toBe(200);
  return res.body;
};

describe("round alerts", () => {
  it("lists the week's open concerns and conflicts of the coordinator's organisations only", async () => {
    const mine = await openAlerts();
    expect(mine.wellbeingAlerts.map((a) => [a.household.name, a.reason, a.date, a.stopName, a.raisedBy?.displayName])).toEqual([["Other", "Volets fermés depuis trois jours", "2026-03-10", "Place de la mairie", "driverA1"]]);
    expect(mine.conflicts.map((c) => [c.rule, c.household?.name, c.date, c.tourId])).toEqual([["delivered_after_cancel", "Delegated", "2026-03-10", w.tours.driverA1]]);
    expect(await openAlerts(coord, "from=2026-03-11&to=2026-03-15")).toEqual({ wellbeingAlerts: [], conflicts: [], addedAfterPublication: [] });
    expect((await coord.get(`/api/round-alerts?from=2026-03-15&to=2026-03-09`)).status).toBe(400);
    const coordB = await app.client().login(w.users.coordB.email, PASSWORD);
    expect(await openAlerts(coordB)).toEqual({ wellbeingAlerts: [], conflicts: [], addedAfterPublication: [] });
    for (const email of [w.users.referrer.email, w.users.driverA1.email, w.users.relay.email]) {
      const other = await app.client().login(email, PASSWORD);
      expect((await other.get(`/api/round-alerts?${WEEK}`)).status).toBe(403);
    }
  });

  it("acknowledges a concern once, with its follow-up; the live view hears of it, the driver does not", async () => {
    const [alert] = (await openAlerts()).wellbeingAlerts;
    app.clock.now = at("15:10");
    const ack = await coord.post<WellbeingAlertView>(`/api/wellbeing-alerts/${alert!.id}/acknowledge`, { followUp: "  Appelé sa fille, elle passe ce soir  " });
    expect(ack.status, ack.text).toBe(200);
    expect([ack.body.status, ack.body.followUp, ack.body.acknowledgedBy?.displayName, ack.body.acknowledgedAt]).toEqual(["acknowledged", "Appelé sa fille, elle passe ce soir", "coordA", at("15:10").toISOString()]);
    const again = await coord.post<{ code: string; detail: string }>(`/api/wellbeing-alerts/${alert!.id}/acknowledge`, {});
    expect([again.status, again.body.code]).toEqual([409, "alert_acknowledged"]);
    expect(again.body.detail).toContain("coordA");
    expect((await openAlerts()).wellbeingAlerts).toEqual([]);
    expect((await openAlerts(coord, `${WEEK}&status=settled`)).wellbeingAlerts.map((a) => a.id)).toEqual([alert!.id]);
    const live = await coord.get<{ kind: string; tourId: string | null }[]>("/api/live?date=2026-03-10");
    expect(live.body.filter((c) => c.kind === "wellbeing.acknowledged")).toEqual([expect.objectContaining({ tourId: null })]);
    const audit = await app.db.prisma.auditEntry.findFirstOrThrow({ where: { entity: "WellbeingAlert", entityId: alert!.id } });
    expect([audit.action, audit.actorId]).toEqual(["acknowledge", w.users.coordA.id]);
  });

  it("resolves a conflict once, with a required resolution text", async () => {
    const [conflict] = (await openAlerts()).conflicts;
    const blank = await coord.post<{ code: string }>(`/api/sync-conflicts/${conflict!.id}/resolve`, { resolution: "   " });
    expect([blank.status, blank.body.code]).toEqual([400, "validation_failed"]);
    const coordB = await app.client().login(w.users.coordB.email, PASSWORD);
    expect((await coordB.post(`/api/sync-conflicts/${conflict!.id}/resolve`, { resolution: "Stock corrigé" })).status).toBe(404);
    const done = await coord.post<SyncConflictView>(`/api/sync-conflicts/${conflict!.id}/resolve`, { resolution: "Stock corrigé, foyer appelé" });
    expect(done.status, done.text).toBe(200);
    expect([done.body.resolution, done.body.resolvedBy?.displayName]).toEqual(["Stock corrigé, foyer appelé", "coordA"]);
    const again = await coord.post<{ code: string; detail: string }>(`/api/sync-conflicts/${conflict!.id}/resolve`, { resolution: "Encore" });
    expect([again.status, again.body.code]).toEqual([409, "conflict_resolved"]);
    expect(again.body.detail).toContain("Stock corrigé, foyer appelé");
    expect((await openAlerts()).conflicts).toEqual([]);
    const row = await app.db.prisma.syncConflict.findUniqueOrThrow({ where: { id: conflict!.id } });
    expect([row.resolution, row.resolvedById]).toEqual(["Stock corrigé, foyer appelé", w.users.coordA.id]);
    expect(await app.db.prisma.auditEntry.count({ where: { entity: "SyncConflict", entityId: conflict!.id, action: "resolve" } })).toBe(1);
  });

  it("settles a conflict resolved by two coordinators at once exactly once", async () => {
    const conflict = await app.db.prisma.syncConflict.create({ data: { organisationId: w.org.groceryA, tourId: w.tours.driverA1, mutationId: "0190a000-0000-7000-8000-0000000000ef", rule: "competing_outcomes", detail: "twice" } });
    const admin = await app.client().login(w.users.admin.email, PASSWORD);
    const answers = await Promise.all([coord, admin].map((c, i) => c.post(`/api/sync-conflicts/${conflict.id}/resolve`, { resolution: `Réglé ${i}` })));
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
    expect(await app.db.prisma.auditEntry.count({ where: { entityId: conflict.id } })).toBe(1);
    expect(await app.db.prisma.syncChange.count({ where: { entityId: conflict.id, kind: "conflict.resolved" } })).toBe(1);
  });

  it("the driver pulls the resolution (without its text) and the coordinator's note, never the concern's follow-up", async () => {
    const first = await driver.get<{ cursor: string }>("/api/sync/pull");
    app.clock.now = at("15:20");
    const moved = await app.db.prisma.syncConflict.create({ data: { organisationId: w.org.groceryA, tourId: w.tours.driverA1, passageId: r.halt, mutationId: "0190a000-0000-7000-8000-0000000000ee", rule: "passage_moved", detail: "moved" } });
    expect((await coord.post(`/api/sync-conflicts/${moved.id}/resolve`, { resolution: "Appelé Mme Other" })).status).toBe(200);
    const note = await coord.post<{ id: string; passageId: string; text: string; at: string }>(`/api/passages/${r.halt}/notes`, { text: "  Sonner deux fois chez Other  " });
    expect(note.status, note.text).toBe(201);
    expect(note.body).toEqual({ id: expect.any(String), passageId: r.halt, text: "Sonner deux fois chez Other", at: at("15:20").toISOString() });
    app.clock.now = at("15:21");
    const pulled = await driver.get<{ changes: { kind: string; entityId: string; payload: Record<string, unknown> }[] }>(`/api/sync/pull?cursor=${first.body.cursor}`);
    const kinds = pulled.body.changes.map((c) => c.kind);
    expect(kinds.filter((k) => k === "note.from_coordinator")).toHaveLength(1);
    expect(pulled.body.changes.find((c) => c.kind === "note.from_coordinator")).toMatchObject({ entityId: note.body.id, payload: { passageId: r.halt, text: "Sonner deux fois chez Other" } });
    expect(pulled.body.changes.find((c) => c.kind === "conflict.resolved")?.payload).toEqual(expect.not.objectContaining({ resolution: expect.anything() }));
    expect(kinds).not.toContain("wellbeing.acknowledged");
    expect(kinds).not.toContain("note.sent");
    expect(JSON.stringify(pulled.body)).not.toContain("Appelé");
  });

  it("sends notes only to passages of the coordinator's organisations, 1 to 500 characters", async () => {
    expect((await coord.post(`/api/passages/${r.halt}/notes`, { text: "" })).status).toBe(400);
    expect((await coord.post(`/api/passages/${r.halt}/notes`, { text: "x".repeat(501) })).status).toBe(400);
    const coordB = await app.client().login(w.users.coordB.email, PASSWORD);
    expect((await coordB.post(`/api/passages/${r.halt}/notes`, { text: "Bonjour" })).status).toBe(404);
    expect((await driver.post(`/api/passages/${r.halt}/notes`, { text: "Bonjour" })).status).toBe(403);
  });
});
