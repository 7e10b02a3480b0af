/**
 * A delegation is the household's consent: its coordinators record it with its date, what it
 * covers and how it was given; the household itself or its coordinators revoke it, and from then
 * on the relay no longer reaches the household. Each step is audited.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp, type TestClient } from "../../test-support/test-app.js";
import { buildWorld, PASSWORD, WORLD_DELEGATION, type World } from "../../test-support/world.js";

interface Delegation { id: string; householdName: string; relay: { displayName: string }; covers: string[]; grantedAt: string; evidence: string | null; recordedBy: string | null; revokedAt: string | null; revokedBy: string | null }

let app: TestApp;
let w: World;
let coord: TestClient;
let relay: TestClient;
let resident: TestClient;

beforeAll(async () => {
  app = await startTestApp();
  w = await buildWorld(app.db.prisma);
  app.clock.now = new Date("2026-03-20T10:00:00Z");
  const login = (email: string) => app.client().login(email, PASSWORD);
  [coord, relay, resident] = await Promise.all([login(w.users.coordA.email), login(w.users.relay.email), login(w.users.resident.email)]);
}, 60_000);
afterAll(() => app.close());

const relayHouseholds = async () => (await relay.get<{ name: string }[]>("/api/relay/households")).body.map((h) => h.name);

describe("a delegation", () => {
  it("is recorded by the household's coordinator with its date, what it covers and how it was given, naming each wrong field", async () => {
    const path = `/api/households/${w.households.own}/delegations`;
    const base = { relayUserId: w.users.relay.id, covers: ["order", "pay"], evidence: "Signée en mairie le 18 mars" };
    const wrong = async (body: object) => (await coord.post<{ errors: { path: string }[] }>(path, body)).body.errors.map((e) => e.path);
    expect(await wrong({ ...base, givenOn: "2026-03-21" })).toEqual(["givenOn"]);
    expect(await wrong({ ...base, relayUserId: w.users.driverA1.id })).toEqual(["relayUserId"]);
    expect(await wrong({ ...base, covers: ["pay"] })).toEqual(["covers"]);
    expect(await wrong({ ...base, evidence: "" })).toEqual(["evidence"]);

    const made = await coord.post<Delegation>(path, { ...base, givenOn: "2026-03-18" });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ householdName: "Own", covers: ["order", "pay"], grantedAt: "2026-03-18T00:00:00.000Z", evidence: "Signée en mairie le 18 mars", recordedBy: "coordA", revokedAt: null });
    expect((await coord.post<{ code: string }>(path, base)).body.code).toBe("conflict");
    expect(await relayHouseholds()).toEqual(["Delegated", "Own"]);
    // Another grocery's coordinator cannot record one.
    expect((await (await app.client().login(w.users.coordB.email, PASSWORD)).post(path, base)).status).toBe(404);
  });

  it("is revoked by the household itself, and the relay no longer reaches it", async () => {
    const mine = await resident.get<Delegation[]>(`/api/households/${w.households.own}/delegations`);
    expect(mine.body.map((d) => [d.relay.displayName, d.revokedAt])).toEqual([["relay", null]]);
    const revoked = await resident.post<Delegation>(`/api/delegations/${mine.body[0]!.id}/revoke`, { reason: "Ma fille commande pour moi maintenant" });
    expect([revoked.status, revoked.body.revokedBy]).toEqual([200, "resident"]);
    expect(await relayHouseholds()).toEqual(["Delegated"]);
    expect((await relay.get(`/api/passages?householdId=${w.households.own}`)).status).toBe(404);
    // A household revokes its own delegations only.
    expect((await resident.post(`/api/delegations/${WORLD_DELEGATION}/revoke`, {})).status).toBe(404);
    expect((await resident.post<{ code: string }>(`/api/delegations/${mine.body[0]!.id}/revoke`, {})).body.code).toBe("conflict");
  });

  it("is revoked by a coordinator, kept in the history, and audited at each step", async () => {
    expect((await coord.post(`/api/delegations/${WORLD_DELEGATION}/revoke`, {})).status).toBe(200);
    expect(await relayHouseholds()).toEqual([]);
    const history = await coord.get<Delegation[]>(`/api/households/${w.households.delegated}/delegations`);
    expect(history.body.map((d) => [d.revokedBy, d.covers])).toEqual([["coordA", ["order", "pay"]]]);
    const audit = await app.db.prisma.auditEntry.findMany({ where: { entity: "HouseholdAccess" }, orderBy: { at: "asc" } });
    expect(audit.map((a) => [a.action, a.actorId])).toEqual([["delegate", w.users.coordA.id], ["revoke", w.users.resident.id], ["revoke", w.users.coordA.id]]);
  });
});
