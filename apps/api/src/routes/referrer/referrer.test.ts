/**
 * The referrer's week through the API: she refers a household and asks for renewals, the
 * grocery's coordinator decides with a reason she reads, each step audited; she sees where each
 * household stands and, if it agreed, whether it still comes — never what it ordered, what a
 * driver wrote or a wellbeing concern.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp, type TestClient } from "../../test-support/test-app.js";
import { addRoundPassage } from "../../test-support/world-catalogue.js";
import { buildAlertWorld, buildWorld, PASSWORD, type World } from "../../test-support/world.js";

interface Referral { id: string; kind: string; status: string; householdId: string | null; householdName: string; decisionReason: string | null; decidedBy: { displayName: string } | null }
interface Referred { id: string; name: string; standing: string; validTo: string | null; daysLeft: number | null }
interface Detail extends Referred {
  eligibilities: { validTo: string; events: { by: string | null }[] }[];
  requests: Referral[];
  attendance: { shared: false } | { shared: true; passages: { date: string; outcome: string }[] };
}

let app: TestApp;
let w: World;
let referrer: TestClient;
let coord: TestClient;

const proposal = { participationRatePercent: 20, monthlyCapCents: 12000, validFrom: "2026-03-25", validTo: "2026-09-24" };
const household = { name: "Mme Orientée", addressLine: "5 route de la Gare", postcode: "23000", city: "Guéret", phone: "06 39 98 00 01", peopleCount: 2 };

beforeAll(async () => {
  app = await startTestApp();
  w = await buildWorld(app.db.prisma);
  app.clock.now = new Date("2026-03-20T10:00:00Z");
  referrer = await app.client().login(w.users.referrer.email, PASSWORD);
  coord = await app.client().login(w.users.coordA.email, PASSWORD);
}, 60_000);
afterAll(() => app.close());

describe("a referral", () => {
  let newcomer = "";

  it("goes to the grocery, which takes the household in with the record it completes and the eligibility proposed", async () => {
    const sent = await referrer.post<Referral>("/api/referrals", { organisationId: w.org.groceryA, household, ...proposal, shareAttendance: true, note: "Sortie d'hospitalisation" });
    expect([sent.status, sent.body.status, sent.body.householdName]).toEqual([201, "pending", "Mme Orientée"]);
    expect((await referrer.post<{ code: string }>("/api/referrals", { organisationId: w.org.groceryA, household, ...proposal })).body.code).toBe("conflict");

    const waiting = await coord.get<Referral[]>("/api/referrals?status=pending");
    expect(waiting.body.map((r) => r.householdName)).toEqual(["Mme Orientée"]);
    const incomplete = await coord.post<{ code: string; errors: { path: string }[] }>(`/api/referrals/${sent.body.id}/accept`, {});
    expect([incomplete.status, incomplete.body.errors.map((e) => e.path)]).toEqual([400, ["household"]]);
    const accepted = await coord.post<Referral>(`/api/referrals/${sent.body.id}/accept`, { household: { ...household, latitude: 46.17, longitude: 1.87, usualStopId: w.catalogue.stopId } });
    expect([accepted.status, accepted.body.status, accepted.body.decidedBy?.displayName]).toEqual([200, "accepted", "coordA"]);
    expect((await coord.post<{ code: string }>(`/api/referrals/${sent.body.id}/refuse`, { reason: "trop tard" })).body.code).toBe("conflict");
    newcomer = accepted.body.householdId!;

    const mine = await referrer.get<Referred[]>("/api/referrer/households");
    expect(mine.body.find((h) => h.id === newcomer)).toMatchObject({ name: "Mme Orientée", standing: "valid", validTo: "2026-09-24" });
    const detail = await referrer.get<Detail>(`/api/referrer/households/${newcomer}`);
    expect(detail.body.eligibilities.map((e) => [e.validTo, e.events.map((ev) => ev.by)])).toEqual([["2026-09-24", ["coordA"]]]);
    expect(detail.body.attendance).toEqual({ shared: true, since: "2026-03-20", passages: [] });

    const audit = await app.db.prisma.auditEntry.findMany({ where: { entity: "Referral", entityId: sent.body.id }, orderBy: { at: "asc" } });
    expect(audit.map((a) => [a.action, a.actorId, a.organisationId])).toEqual([["refer", w.users.referrer.id, w.org.ccas], ["accept", w.users.coordA.id, w.org.groceryA]]);
  });

  it("can be refused, with a reason the referrer reads, or withdrawn by her while it waits", async () => {
    const refused = await referrer.post<Referral>("/api/referrals", { organisationId: w.org.groceryA, household: { ...household, name: "M. Refusé" }, ...proposal });
    const noReason = await coord.post<{ errors: { path: string }[] }>(`/api/referrals/${refused.body.id}/refuse`, { reason: " " });
    expect(noReason.body.errors.map((e) => e.path)).toEqual(["reason"]);
    await coord.post(`/api/referrals/${refused.body.id}/refuse`, { reason: "Le foyer habite hors du territoire desservi" });
    const read = await referrer.get<Referral>(`/api/referrals/${refused.body.id}`);
    expect([read.body.status, read.body.decisionReason, read.body.decidedBy?.displayName]).toEqual(["refused", "Le foyer habite hors du territoire desservi", "coordA"]);

    const withdrawn = await referrer.post<Referral>("/api/referrals", { organisationId: w.org.groceryA, household: { ...household, name: "M. Retiré" }, ...proposal });
    expect((await referrer.post<Referral>(`/api/referrals/${withdrawn.body.id}/withdraw`)).body.status).toBe("withdrawn");
    expect((await coord.post<{ code: string }>(`/api/referrals/${withdrawn.body.id}/accept`, { household: { ...household, latitude: 46.1, longitude: 1.8 } })).body.code).toBe("conflict");
  });

  it("refuses a period of more than a year, or a postcode that is not one, naming the field", async () => {
    const res = await referrer.post<{ errors: { path: string }[] }>("/api/referrals", { organisationId: w.org.groceryA, household, ...proposal, validTo: "2027-06-30" });
    expect([res.status, res.body.errors.map((e) => e.path)]).toEqual([400, ["validTo"]]);
    const postcode = await referrer.post<{ errors: { path: string }[] }>("/api/referrals", { organisationId: w.org.groceryA, household: { ...household, postcode: "2350" }, ...proposal });
    expect([postcode.status, postcode.body.errors.map((e) => e.path)]).toEqual([400, ["postcode"]]);
  });
});

describe("a renewal", () => {
  it("is due within 30 days, asked once, pending while it waits, and covers the household once accepted", async () => {
    app.clock.now = new Date("2026-08-10T08:00:00Z");
    [referrer, coord] = await Promise.all([app.client().login(w.users.referrer.email, PASSWORD), app.client().login(w.users.coordA.email, PASSWORD)]);
    const standing = async () => (await referrer.get<Referred[]>("/api/referrer/households")).body.find((h) => h.id === w.households.referred)!;
    expect(await standing()).toMatchObject({ standing: "expiring", validTo: "2026-08-31", daysLeft: 21 });
    // The most urgent comes first.
    expect((await referrer.get<Referred[]>("/api/referrer/households")).body[0]!.id).toBe(w.households.referred);

    const renewal = { householdId: w.households.referred, participationRatePercent: 20, monthlyCapCents: 15000, validFrom: "2026-09-01", validTo: "2027-02-28" };
    const asked = await referrer.post<Referral>("/api/referrals/renewals", renewal);
    expect(asked.status).toBe(201);
    expect((await referrer.post<{ code: string }>("/api/referrals/renewals", renewal)).body.code).toBe("conflict");
    expect((await standing()).standing).toBe("pending");
    // She cannot grant it herself.
    expect((await referrer.post(`/api/households/${w.households.referred}/eligibilities`, { organisationId: w.org.groceryA, ...proposal })).status).toBe(403);

    expect((await coord.post(`/api/referrals/${asked.body.id}/accept`, { note: "Commission du 8 août" })).status).toBe(200);
    expect(await standing()).toMatchObject({ standing: "valid", validTo: "2027-02-28" });
    const detail = await referrer.get<Detail>(`/api/referrer/households/${w.households.referred}`);
    expect(detail.body.eligibilities.map((e) => e.validTo)).toEqual(["2027-02-28", "2026-08-31"]);
    // Renewing someone she did not refer is not hers to ask.
    expect((await referrer.post("/api/referrals/renewals", { ...renewal, householdId: w.households.other })).status).toBe(404);
  });
});

describe("what a referrer reads about a household", () => {
  it("says whether it still comes only if it agreed, and never what it ordered, a driver's note, an access note or a concern", async () => {
    const prisma = app.db.prisma;
    await buildAlertWorld(prisma, w);
    await prisma.wellbeingAlert.create({ data: { organisationId: w.org.groceryA, householdId: w.households.referred, raisedById: w.users.driverA1.id, reason: "Semblait très fatiguée", deviceTime: new Date("2026-08-04T09:00:00Z") } });
    const round = { organisationId: w.org.groceryA, stopId: w.catalogue.stopId, templateId: w.catalogue.templateId };
    const outcomes = [["2026-07-28", "delivered"], ["2026-08-04", "not_collected"]] as const;
    for (const [date, status] of outcomes) {
      const passage = await addRoundPassage(prisma, round, date, {});
      await prisma.order.create({
        data: { organisationId: w.org.groceryA, householdId: w.households.referred, passageId: passage.id, status, channel: "phone", enteredById: w.users.coordA.id, cutoffAt: passage.cutoffAt,
          totalCents: 80, referenceTotalCents: 398, lines: { create: { offerId: w.catalogue.offers.pasta, productId: w.catalogue.products.pasta, quantity: 2, unitPriceCents: 40, referenceUnitPriceCents: 199, socialPrice: true } } },
      });
      await prisma.driverNote.create({ data: { passageId: passage.id, householdId: w.households.referred, authorId: w.users.driverA1.id, text: "Chien agressif au portail", deviceTime: new Date(`${date}T09:00:00Z`) } });
    }

    const detail = async () => (await referrer.get<Detail>(`/api/referrer/households/${w.households.referred}`)).body.attendance;
    expect(await detail()).toEqual({ shared: false });
    await prisma.consent.create({ data: { householdId: w.households.referred, purpose: "share_with_referrer", givenAt: new Date("2026-06-01T10:00:00Z") } });
    expect(await detail()).toEqual({ shared: true, since: "2026-06-01", passages: [{ date: "2026-08-04", outcome: "missed" }, { date: "2026-07-28", outcome: "attended" }] });

    const paths = await referrerReadablePaths();
    expect(paths).toEqual(expect.arrayContaining([`/api/households/${w.households.referred}`, `/api/referrer/households/${w.households.referred}`, "/api/eligibility-reminders"]));
    for (const path of paths) {
      const res = await referrer.get(path);
      expect([path, res.status]).toEqual([path, 200]);
      expect([path, res.text]).not.toEqual([path, expect.stringMatching(/Pâtes|Chien agressif|notes of Referred|fatiguée|Volets fermés|"lines"|unitPrice|totalCents/)]);
    }

    await prisma.consent.updateMany({ where: { householdId: w.households.referred, purpose: "share_with_referrer" }, data: { withdrawnAt: new Date("2026-08-09T10:00:00Z") } });
    expect(await detail()).toEqual({ shared: false });
  });
});

/** Every GET the referrer's role may call, on the referred household and her referrals. */
async function referrerReadablePaths(): Promise<string[]> {
  const { routes } = await import("../index.js");
  const [referral] = (await referrer.get<Referral[]>("/api/referrals")).body;
  return routes
    .filter((r) => r.method === "get" && (r.access === "session" || (Array.isArray(r.access) && r.access.includes("referrer"))))
    .map((r) => r.path.replace(":id", r.path.startsWith("/api/referrals") ? referral!.id : w.households.referred));
}
