/**
 * The organisation a console shows: a person who coordinates two organisations sees the first
 * one's data until they switch, then the other's; an admin may switch to any organisation;
 * nobody may switch to one they do not coordinate. Every sign-in is recorded.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp, type TestClient } from "../../test-support/test-app.js";
import { buildWorld, PASSWORD, type World } from "../../test-support/world.js";

let app: TestApp;
let world: World;
let both: TestClient;

beforeAll(async () => {
  app = await startTestApp();
  world = await buildWorld(app.db.prisma);
  const prisma = app.db.prisma;
  const coordA = await prisma.user.findUniqueOrThrow({ where: { id: world.users.coordA.id } });
  await prisma.user.create({
    data: { email: "both@world.test", passwordHash: coordA.passwordHash, displayName: "Both", memberships: { create: [{ organisationId: world.org.groceryA, role: "coordinator" }, { organisationId: world.org.groceryB, role: "coordinator" }] } },
  });
  both = await app.client().login("both@world.test", PASSWORD);
}, 60_000);
afterAll(() => app.close());

const householdNames = async (client: TestClient) => (await client.get<{ name: string }[]>("/api/households")).body.map((h) => h.name).sort();

describe("switching the organisation the console shows", () => {
  it("shows the first organisation, then the other once switched, in the session and in every list", async () => {
    const me = await both.get<{ user: { activeOrganisation: { id: string } } }>("/api/auth/me");
    expect(me.body.user.activeOrganisation.id).toBe(world.org.groceryA);
    expect(await householdNames(both)).not.toContain("InB");
    expect((await both.get(`/api/tours/${world.tours.inB}`)).status).toBe(404);

    const switched = await both.put<{ user: { activeOrganisation: { id: string; name: string } } }>("/api/auth/me/organisation", { organisationId: world.org.groceryB });
    expect(switched.status, switched.text).toBe(200);
    expect(switched.body.user.activeOrganisation).toMatchObject({ id: world.org.groceryB, name: "grocery-b" });
    expect(await householdNames(both)).toEqual(["InB"]);
    expect((await both.get(`/api/tours/${world.tours.inB}`)).status).toBe(200);
    // A printed sheet opened in a new tab follows the same choice: it is kept on the session.
    expect((await both.get(`/api/tours/${world.tours.inB}/sheet`)).status).toBe(200);
    expect((await both.get(`/api/tours/${world.tours.driverA1}/sheet`)).status).toBe(404);
  });

  it("refuses an organisation the person does not coordinate, and lets an admin reach any", async () => {
    const refused = await both.put("/api/auth/me/organisation", { organisationId: world.org.ccas });
    expect(refused.status).toBe(404);
    expect((await both.put("/api/auth/me/organisation", { organisationId: "not-an-id" })).status).toBe(400);
    const admin = await app.client().login(world.users.admin.email, PASSWORD);
    expect((await admin.get(`/api/tours/${world.tours.inB}`)).status).toBe(404);
    expect((await admin.put("/api/auth/me/organisation", { organisationId: world.org.groceryB })).status).toBe(200);
    expect((await admin.get(`/api/tours/${world.tours.inB}`)).status).toBe(200);
  });

  it("records when each person last signed in", async () => {
    const user = await app.db.prisma.user.findUniqueOrThrow({ where: { email: "both@world.test" } });
    expect(user.lastSignInAt).not.toBeNull();
  });
});
