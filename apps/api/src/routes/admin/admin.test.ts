/**
 * The administrator's work: organisations created and edited with field errors that name the
 * field and lose nothing; people invited (the invitation recorded, its code answered once and
 * working) or given a code, roles given and taken, accounts disabled (sessions end) and enabled;
 * the platform never left without an administrator; every change in the audit log.
 */
import type { AdminOrganisation, AuditPage, Person } from "@tournee/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp, type TestClient } from "../../test-support/test-app.js";
import { buildWorld, PASSWORD, type World } from "../../test-support/world.js";

let app: TestApp;
let world: World;
let admin: TestClient;

beforeAll(async () => {
  app = await startTestApp();
  world = await buildWorld(app.db.prisma);
  admin = await app.client().login(world.users.admin.email, PASSWORD);
}, 60_000);
afterAll(() => app.close());

interface Problem { code: string; errors?: { path: string; message: string }[] }
const paths = (body: unknown) => ((body as Problem).errors ?? []).map((e) => e.path).sort();

describe("organisations", () => {
  let amap: AdminOrganisation;

  it("creates an AMAP with its address, cutoff and price policy, and gives it a slug", async () => {
    const res = await admin.post<AdminOrganisation>("/api/admin/organisations", {
      name: "AMAP du Plateau de Gentioux", kind: "amap", addressLine: "Le bourg", postcode: "23340", city: "Gentioux-Pigerolles", timeZone: "Europe/Paris",
      cutoffDaysBefore: 2, cutoffMinute: 12 * 60, defaultSocialPricing: false,
    });
    expect(res.status, res.text).toBe(201);
    amap = res.body;
    expect(amap).toMatchObject({ slug: "amap-du-plateau-de-gentioux", kind: "amap", cutoffDaysBefore: 2, members: 0 });
  });

  it("names every wrong field and changes nothing", async () => {
    const res = await admin.post<Problem>("/api/admin/organisations", { name: "X", kind: "bank", postcode: "2334", timeZone: "Mars/Olympus", cutoffDaysBefore: 30, cutoffMinute: 2000, defaultSocialPricing: true });
    expect(res.status).toBe(400);
    expect(paths(res.body)).toEqual(["cutoffDaysBefore", "cutoffMinute", "kind", "name", "postcode", "timeZone"]);
    const patched = await admin.patch<Problem>(`/api/admin/organisations/${amap.id}`, { postcode: "abc" });
    expect(paths(patched.body)).toEqual(["postcode"]);
    const list = await admin.get<AdminOrganisation[]>("/api/admin/organisations");
    expect(list.body.find((o) => o.id === amap.id)?.postcode).toBe("23340");
  });

  it("applies the organisation's default price policy to the offers it makes", async () => {
    expect((await admin.put("/api/auth/me/organisation", { organisationId: amap.id })).status).toBe(200);
    const product = await admin.post<{ id: string }>("/api/products", { organisationId: amap.id, sku: "PANIER-LEG", name: "Panier de légumes", shelf: "Paniers", unit: "panier", kind: "grocery", compartment: "ambient", referencePriceCents: 1500 });
    expect(product.status, product.text).toBe(201);
    const offer = await admin.post<{ socialPricing: boolean }>("/api/offers", { organisationId: amap.id, productId: product.body.id });
    expect(offer.status, offer.text).toBe(201);
    expect(offer.body.socialPricing, "this AMAP sells at its price unless an offer says otherwise").toBe(false);
    expect((await admin.put("/api/auth/me/organisation", { organisationId: world.org.groceryA })).status).toBe(200);
  });

  it("edits the cutoff rule and keeps what changed in the audit log", async () => {
    const res = await admin.patch<AdminOrganisation>(`/api/admin/organisations/${amap.id}`, { cutoffMinute: 18 * 60, name: "AMAP du Plateau" });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({ cutoffMinute: 1080, name: "AMAP du Plateau", slug: "amap-du-plateau-de-gentioux" });
    const log = await admin.get<AuditPage>(`/api/admin/audit?organisationId=${amap.id}`);
    expect(log.body.entries.map((e) => `${e.action} ${e.entity}`)).toEqual(["update Organisation", "create Offer", "create Product", "create Organisation"]);
    expect(log.body.entries[0]!.changes).toEqual({ cutoffMinute: { from: 720, to: 1080 }, name: { from: "AMAP du Plateau de Gentioux", to: "AMAP du Plateau" } });
    expect(log.body.entries[0]!.actor?.displayName).toBe("admin");
    // Each entry names what it changed, as it is called now.
    expect(log.body.entries.map((e) => e.subject?.name)).toEqual(["AMAP du Plateau", "Panier de légumes", "Panier de légumes", "AMAP du Plateau"]);
  });
});

describe("people", () => {
  let invited: Person;
  let code: string;

  it("invites by e-mail: the invitation is recorded, its code answered once, and it opens the account", async () => {
    const res = await admin.post<{ person: Person; access: { code: string; link: string } }>("/api/admin/people", {
      displayName: "Claire Moreau", email: "Claire.Moreau@Example.org", access: "invitation", roles: [{ organisationId: world.org.groceryA, role: "coordinator" }],
    });
    expect(res.status, res.text).toBe(201);
    invited = res.body.person;
    code = res.body.access.code;
    expect(invited).toMatchObject({ email: "claire.moreau@example.org", lastSignInAt: null, invitation: { acceptedAt: null } });
    expect(res.body.access.link).toBe(`/connexion?code=${code.replace(" ", "")}`);
    expect((await app.db.prisma.invitation.findFirstOrThrow({ where: { userId: invited.id } })).email).toBe("claire.moreau@example.org");

    const claire = app.client();
    expect((await claire.post("/api/auth/login-code", { code })).status).toBe(200);
    expect((await claire.get<{ user: { activeOrganisation: { id: string } } }>("/api/auth/me")).body.user.activeOrganisation.id).toBe(world.org.groceryA);
    const people = await admin.get<Person[]>("/api/admin/people?search=moreau");
    expect(people.body).toHaveLength(1);
    expect(people.body[0]!.lastSignInAt).not.toBeNull();
    expect(people.body[0]!.invitation?.acceptedAt).not.toBeNull();
  });

  it("refuses an invitation without e-mail and an e-mail already used, naming the field", async () => {
    const noEmail = await admin.post<Problem>("/api/admin/people", { displayName: "Sans courriel", access: "invitation", roles: [{ organisationId: world.org.groceryA, role: "driver" }] });
    expect(paths(noEmail.body)).toEqual(["email"]);
    const taken = await admin.post<Problem>("/api/admin/people", { displayName: "Autre", email: "claire.moreau@example.org", access: "code", roles: [{ organisationId: world.org.groceryA, role: "driver" }] });
    expect(taken.status).toBe(409);
    expect(paths(taken.body)).toEqual(["email"]);
    const noRole = await admin.post<Problem>("/api/admin/people", { displayName: "Personne", access: "code", roles: [] });
    expect(paths(noRole.body)).toEqual(["roles"]);
  });

  it("gives and takes roles per organisation", async () => {
    const given = await admin.post<Person>(`/api/admin/people/${invited.id}/roles`, { organisationId: world.org.groceryB, role: "coordinator" });
    expect(given.status, given.text).toBe(200);
    expect(given.body.roles.map((r) => r.organisationId).sort()).toEqual([world.org.groceryA, world.org.groceryB].sort());
    expect((await admin.post<Problem>(`/api/admin/people/${invited.id}/roles`, { organisationId: world.org.groceryB, role: "coordinator" })).status).toBe(409);
    const role = given.body.roles.find((r) => r.organisationId === world.org.groceryB)!;
    const taken = await admin.request<Person>("DELETE", `/api/admin/people/${invited.id}/roles/${role.id}`);
    expect(taken.status, taken.text).toBe(200);
    expect(taken.body.roles.map((r) => r.organisationId)).toEqual([world.org.groceryA]);
  });

  it("disables an account, ending its sessions, and enables it again; never oneself nor the last administrator", async () => {
    const coordA = await app.client().login(world.users.coordA.email, PASSWORD);
    const disabled = await admin.post<Person>(`/api/admin/people/${world.users.coordA.id}/disable`);
    expect(disabled.status, disabled.text).toBe(200);
    expect(disabled.body.disabledAt).not.toBeNull();
    expect((await coordA.get("/api/auth/me")).status).toBe(401);
    expect((await app.client().request("POST", "/api/auth/login", { json: { email: world.users.coordA.email, password: PASSWORD } })).status).toBe(401);
    expect((await admin.post(`/api/admin/people/${world.users.coordA.id}/enable`)).status).toBe(200);
    expect((await app.client().request("POST", "/api/auth/login", { json: { email: world.users.coordA.email, password: PASSWORD } })).status).toBe(200);

    expect((await admin.post<Problem>(`/api/admin/people/${world.users.admin.id}/disable`)).status).toBe(403);
    const adminRole = (await admin.get<Person[]>("/api/admin/people?search=admin")).body[0]!.roles.find((r) => r.role === "admin")!;
    const last = await admin.request<Problem>("DELETE", `/api/admin/people/${world.users.admin.id}/roles/${adminRole.id}`);
    expect(last.status).toBe(409);
    expect(last.body.code).toBe("last_admin");
  });

  it("gives a new one-time code that works once, the earlier one no longer", async () => {
    const res = await admin.post<{ code: string }>(`/api/admin/people/${world.users.relay.id}/login-code`);
    expect(res.status, res.text).toBe(201);
    expect((await app.client().post("/api/auth/login-code", { code: res.body.code })).status).toBe(200);
    expect((await app.client().post("/api/auth/login-code", { code: res.body.code })).status).toBe(401);
  });

  it("leaves residents out of the list unless asked, and filters by organisation", async () => {
    const staff = await admin.get<Person[]>("/api/admin/people");
    expect(staff.body.map((p) => p.displayName)).not.toContain("resident");
    expect((await admin.get<Person[]>("/api/admin/people?residents=true")).body.map((p) => p.displayName)).toContain("resident");
    const inB = await admin.get<Person[]>(`/api/admin/people?organisationId=${world.org.groceryB}`);
    expect(inB.body.map((p) => p.displayName)).toContain("coordB");
    expect(inB.body.map((p) => p.displayName)).not.toContain("coordA");
  });
});

describe("the audit log", () => {
  it("says who did what to whom, filtered by person and dates, page by page", async () => {
    const mine = await admin.get<AuditPage>(`/api/admin/audit?actorId=${world.users.admin.id}`);
    const actions = mine.body.entries.map((e) => `${e.action} ${e.entity}`);
    for (const expected of ["invite User", "grant_role User", "revoke_role User", "disable User", "enable User", "issue_login_code User", "create Organisation", "update Organisation"]) expect(actions).toContain(expected);
    expect(mine.body.entries.every((e) => e.actor?.id === world.users.admin.id)).toBe(true);
    expect((await admin.get<AuditPage>("/api/admin/audit?from=2020-01-01&to=2020-01-31")).body.entries).toEqual([]);
    const firstPage = await admin.get<AuditPage>("/api/admin/audit");
    if (firstPage.body.next) {
      const second = await admin.get<AuditPage>(`/api/admin/audit?before=${firstPage.body.next}`);
      expect(second.body.entries.every((e) => BigInt(e.id) < BigInt(firstPage.body.next!))).toBe(true);
    }
    expect(paths((await admin.get("/api/admin/audit?before=abc")).body)).toEqual(["before"]);
  });
});
