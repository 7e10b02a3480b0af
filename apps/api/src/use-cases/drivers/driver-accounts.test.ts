import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp, type TestClient } from "../../test-support/test-app.js";
import { buildWorld, PASSWORD, type World } from "../../test-support/world.js";

let app: TestApp;
let w: World;
let coordA: TestClient;

beforeAll(async () => {
  app = await startTestApp();
  w = await buildWorld(app.db.prisma);
  coordA = await app.client().login(w.users.coordA.email, PASSWORD);
});
afterAll(() => app.close());

interface DriverView { id: string; displayName: string; email: string | null; organisationIds: string[] }
interface Problem { status: number; errors?: { path: string; message: string }[] }

describe("taking on a driver", () => {
  let driverId: string;

  it("creates the account in the coordinator's organisation, and lists it among the drivers", async () => {
    const res = await coordA.post<DriverView>("/api/drivers", { organisationId: w.org.groceryA, displayName: " Inès Martin ", email: "Ines.Martin@Example.org", phone: "06 12 34 56 78" });
    expect(res.status, res.text).toBe(201);
    expect(res.body).toMatchObject({ displayName: "Inès Martin", email: "ines.martin@example.org", organisationIds: [w.org.groceryA] });
    driverId = res.body.id;
    const list = await coordA.get<DriverView[]>("/api/drivers");
    expect(list.body.map((d) => d.id)).toContain(driverId);
  });

  it("refuses an e-mail another account uses, naming the field, and creates nothing", async () => {
    const before = await app.db.prisma.user.count();
    const res = await coordA.post<Problem>("/api/drivers", { organisationId: w.org.groceryA, displayName: "Autre", email: w.users.coordB.email });
    expect(res.status).toBe(409);
    expect(res.body.errors?.map((e) => e.path)).toEqual(["email"]);
    expect(await app.db.prisma.user.count()).toBe(before);
  });

  it("does not let a coordinator add drivers to another organisation", async () => {
    const res = await coordA.post("/api/drivers", { organisationId: w.org.groceryB, displayName: "Intrus" });
    expect(res.status).toBe(404);
  });

  it("gives a one-time code the driver signs in with, then the driver chooses a password", async () => {
    const code = await coordA.post<{ code: string }>(`/api/drivers/${driverId}/login-code`);
    expect(code.status, code.text).toBe(201);
    const phone = app.client();
    expect((await phone.post("/api/auth/login-code", { code: code.body.code })).status).toBe(200);
    expect((await phone.post("/api/auth/login-code", { code: code.body.code })).status).toBe(401);

    const tooShort = await phone.request<Problem>("PUT", "/api/auth/me/password", { json: { newPassword: "court" } });
    expect(tooShort.status).toBe(400);
    expect((await phone.request("PUT", "/api/auth/me/password", { json: { newPassword: "une longue phrase" } })).status).toBe(204);

    const laptop = await app.client().login("ines.martin@example.org", "une longue phrase");
    const wrong = await phone.request<Problem>("PUT", "/api/auth/me/password", { json: { currentPassword: "pas la bonne", newPassword: "une autre phrase" } });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors?.map((e) => e.path)).toEqual(["currentPassword"]);
    expect((await phone.request("PUT", "/api/auth/me/password", { json: { currentPassword: "une longue phrase", newPassword: "une autre phrase" } })).status).toBe(204);
    expect((await laptop.get("/api/auth/me")).status).toBe(401);
    expect((await phone.get("/api/auth/me")).status).toBe(200);
  });

  it("gives codes only for drivers of the coordinator's organisations", async () => {
    expect((await coordA.post(`/api/drivers/${w.users.coordB.id}/login-code`)).status).toBe(404);
  });
});
