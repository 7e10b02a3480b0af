/**
 * What a relay sees and does: its households' coming passages and orders on one screen, the
 * products and the amount to pay; never the eligibility, the cap or the credit left, not even
 * when an order goes beyond them (then the coordination is asked to call).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp, type TestClient } from "../../test-support/test-app.js";
import { buildWorld, PASSWORD, type World } from "../../test-support/world.js";

/** Words of the eligibility record and the credit: none may reach a relay. */
const ELIGIBILITY_WORDS = /participation|eligib|monthlyCap|creditLeft"\s*:\s*\d|validFrom|validTo|referrer|"staff"/i;

let app: TestApp;
let w: World;
let relay: TestClient;
let coord: TestClient;

beforeAll(async () => {
  app = await startTestApp();
  w = await buildWorld(app.db.prisma);
  app.clock.now = new Date("2030-01-10T10:00:00Z");
  // The delegated household comes to the world's halt and pays 20 % with a 10 € monthly cap.
  await app.db.prisma.household.update({ where: { id: w.households.delegated }, data: { usualStopId: w.catalogue.stopId } });
  await app.db.prisma.eligibility.create({
    data: { householdId: w.households.delegated, organisationId: w.org.groceryA, referrerUserId: w.users.referrer.id, participationRatePercent: 20, monthlyCapCents: 1000,
      validFrom: new Date("2029-12-01T00:00:00Z"), validTo: new Date("2030-06-30T00:00:00Z") },
  });
  relay = await app.client().login(w.users.relay.email, PASSWORD);
  coord = await app.client().login(w.users.coordA.email, PASSWORD);
}, 60_000);
afterAll(() => app.close());

describe("a relay", () => {
  it("sees each household that delegated to it with its coming passages, and nothing of its eligibility", async () => {
    const res = await relay.get<{ id: string; name: string; passages: { id: string; open: boolean; order: unknown }[] }[]>("/api/relay/households");
    expect(res.status).toBe(200);
    expect(res.body.map((h) => h.name)).toEqual(["Delegated"]);
    // The next two weeks: the passages of the 15th and the 22nd.
    expect(res.body[0]!.passages.map((p) => [p.id, p.open, p.order])).toEqual([[w.catalogue.passages.open, true, null], [w.catalogue.passages.repeat, true, null]]);
    expect(res.text).not.toMatch(ELIGIBILITY_WORDS);
  });

  it("orders at the household's price without learning its credit", async () => {
    const catalogue = await relay.get<{ creditLeftCents: number | null; shelves: { items: { offerId: string; unitPriceCents: number }[] }[] }>(
      `/api/passages/${w.catalogue.passages.open}/catalogue?householdId=${w.households.delegated}`,
    );
    expect(catalogue.status).toBe(200);
    expect(catalogue.body.creditLeftCents).toBeNull();
    expect(catalogue.text).not.toMatch(ELIGIBILITY_WORDS);
    const pasta = catalogue.body.shelves.flatMap((s) => s.items).find((i) => i.offerId === w.catalogue.offers.pasta)!;
    expect(pasta.unitPriceCents).toBe(40); // 20 % of 1,99 €

    const placed = await relay.post<{ id: string; totalCents: number; creditLeftCents: number | null; channel: string }>("/api/orders", {
      householdId: w.households.delegated, passageId: w.catalogue.passages.open, lines: [{ offerId: w.catalogue.offers.pasta, quantity: 2 }],
    });
    expect(placed.status).toBe(201);
    expect([placed.body.totalCents, placed.body.creditLeftCents, placed.body.channel]).toEqual([80, null, "relay"]);
    expect(placed.text).not.toMatch(ELIGIBILITY_WORDS);

    const overview = await relay.get<{ passages: { order: { totalCents: number } | null }[] }[]>("/api/relay/households");
    expect(overview.body[0]!.passages[0]!.order?.totalCents).toBe(80);
  });

  it("is told neutrally when an order goes beyond what the household can order this month, and the coordination is asked to call once", async () => {
    const order = (await relay.get<{ passages: { order: { id: string } | null }[] }[]>("/api/relay/households")).body[0]!.passages[0]!.order!;
    // 30 packets of pasta: 59,70 € of reference value, beyond the 10 € cap.
    for (let attempt = 0; attempt < 2; attempt++) {
      const res = await relay.patch<{ code: string; detail: string; errors?: unknown }>(`/api/orders/${order.id}`, { lines: [{ offerId: w.catalogue.offers.pasta, quantity: 30 }] });
      expect(res.status).toBe(422);
      expect(res.body.code).toBe("beyond_household_limit");
      expect(res.body.errors).toBeUndefined();
      expect(res.text).not.toMatch(/€|\d+[.,]\d\d|cap|credit/i);
    }
    const calls = await coord.get<{ householdName: string; reason: string; passageDate: string; requestedBy: { displayName: string } }[]>("/api/call-requests");
    expect(calls.body.map((c) => [c.householdName, c.reason, c.passageDate, c.requestedBy.displayName])).toEqual([["Delegated", "relay_order_beyond_limit", "2030-01-15", "relay"]]);

    // The coordinator placing the same order by phone is told the amounts, as before.
    const staff = await coord.patch<{ code: string; detail: string }>(`/api/orders/${order.id}`, { lines: [{ offerId: w.catalogue.offers.pasta, quantity: 30 }] });
    expect([staff.status, staff.body.code]).toEqual([422, "credit_cap_exceeded"]);
    expect(staff.body.detail).toMatch(/is left/);
  });

  it("marks a call done once, with what was done, and it leaves the list", async () => {
    const [call] = (await coord.get<{ id: string }[]>("/api/call-requests")).body;
    expect((await coord.post(`/api/call-requests/${call!.id}/done`, { outcome: "Appelé la mairie : commande ramenée à 5 paquets" })).status).toBe(204);
    expect((await coord.post<{ code: string }>(`/api/call-requests/${call!.id}/done`, { outcome: "encore" })).body.code).toBe("conflict");
    expect((await coord.get<unknown[]>("/api/call-requests")).body).toEqual([]);
    const audit = await app.db.prisma.auditEntry.findMany({ where: { entity: "CallRequest", entityId: call!.id }, orderBy: { at: "asc" } });
    expect(audit.map((a) => [a.action, a.actorId])).toEqual([["request", w.users.relay.id], ["done", w.users.coordA.id]]);
  });

  it("reads nothing of the eligibility or the credit on any screen's call it may make", async () => {
    const { routes } = await import("../index.js");
    const order = (await relay.get<{ passages: { order: { id: string } | null }[] }[]>("/api/relay/households")).body[0]!.passages[0]!.order!;
    const household = w.households.delegated;
    const fill: Record<string, string> = {
      "/api/households/:id": `/api/households/${household}`,
      "/api/households/:id/contact-preferences": `/api/households/${household}/contact-preferences`,
      "/api/passages": `/api/passages?householdId=${household}`,
      "/api/passages/:id/catalogue": `/api/passages/${w.catalogue.passages.open}/catalogue?householdId=${household}`,
      "/api/orders": `/api/orders?householdId=${household}`,
      "/api/orders/:id": `/api/orders/${order.id}`,
      "/api/arrivals": `/api/arrivals?householdId=${household}`,
      "/api/amap/baskets": `/api/amap/baskets?householdId=${household}`,
    };
    const readable = routes.filter((r) => r.method === "get" && (r.access === "session" || (Array.isArray(r.access) && r.access.includes("relay"))));
    for (const route of readable) {
      const path = fill[route.path] ?? route.path;
      const res = await relay.get(path);
      expect([path, res.status]).toEqual([path, 200]);
      expect([path, res.text]).not.toEqual([path, expect.stringMatching(ELIGIBILITY_WORDS)]);
    }
  });

  it("never reads a household's access notes, which are for drivers", async () => {
    const res = await relay.get<{ accessNotes: string | null }>(`/api/households/${w.households.delegated}`);
    expect(res.body.accessNotes).toBeNull();
    expect((await coord.get<{ accessNotes: string | null }>(`/api/households/${w.households.delegated}`)).body.accessNotes).toBe("notes of Delegated");
  });
});
