import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../test-support/test-app.js";
import { buildWorld, PASSWORD, type World } from "../test-support/world.js";

let app: TestApp;
let world: World;

beforeAll(async () => {
  app = await startTestApp();
  world = await buildWorld(app.db.prisma);
});
afterAll(() => app.close());

describe("sign-in and sessions", () => {
  it("opens an httpOnly, SameSite=Lax session and stores only the token's hash", async () => {
    const client = app.client();
    const res = await client.post("/api/auth/login", { email: world.users.coordA.email.toUpperCase(), password: PASSWORD });
    expect(res.status).toBe(200);
    const cookie = res.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/tournee_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const token = client.cookie!.split("=")[1]!;
    const stored = await app.db.prisma.session.findMany({ where: { userId: world.users.coordA.id } });
    expect(stored.some((s) => s.tokenHash === token)).toBe(false);
    expect((await client.get("/api/auth/me")).status).toBe(200);
  });

  it("says the same thing for a wrong password and an unknown account", async () => {
    const wrong = await app.client().post("/api/auth/login", { email: world.users.coordA.email, password: "nope" });
    const unknown = await app.client().post("/api/auth/login", { email: "nobody@world.test", password: "nope" });
    expect(wrong.status).toBe(401);
    const { requestId: _a, ...wrongBody } = wrong.body as Record<string, unknown>;
    const { requestId: _b, ...unknownBody } = unknown.body as Record<string, unknown>;
    expect(unknownBody).toEqual(wrongBody);
  });

  it("requires the CSRF token on unsafe requests", async () => {
    const client = await app.client().login(world.users.coordA.email, PASSWORD);
    const res = await client.request("PATCH", "/api/auth/me", { json: { locale: "en" }, headers: { "x-csrf-token": "forged" } });
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ code: "csrf_failed" });
    expect((await client.patch("/api/auth/me", { locale: "en" })).status).toBe(200);
  });

  it("ends the session at logout", async () => {
    const client = await app.client().login(world.users.driverA1.email, PASSWORD);
    const cookie = client.cookie;
    expect((await client.post("/api/auth/logout")).status).toBe(204);
    client.cookie = cookie;
    expect((await client.get("/api/auth/me")).status).toBe(401);
  });

  it("lets a session outlive a day offline, and expires it after 30 idle days", async () => {
    const client = await app.client().login(world.users.driverA2.email, PASSWORD);
    const start = app.clock.now;
    app.clock.now = new Date(start.getTime() + 3 * 86_400_000);
    expect((await client.get("/api/auth/me")).status).toBe(200);
    app.clock.now = new Date(start.getTime() + 34 * 86_400_000);
    expect((await client.get("/api/auth/me")).status).toBe(401);
    app.clock.now = start;
  });

  it("signs a resident in once with the code a coordinator gave", async () => {
    const coordinator = await app.client().login(world.users.coordA.email, PASSWORD);
    const issued = await coordinator.post<{ code: string }>(`/api/households/${world.households.other}/login-code`);
    expect(issued.status).toBe(201);
    expect(issued.body.code).toMatch(/^\d{4} \d{4}$/);
    const resident = app.client();
    const first = await resident.post<{ user: { households: { id: string }[] } }>("/api/auth/login-code", { code: issued.body.code });
    expect(first.status).toBe(200);
    expect(first.body.user.households.map((h) => h.id)).toEqual([world.households.other]);
    expect((await app.client().post("/api/auth/login-code", { code: issued.body.code })).status).toBe(401);
  });
});

describe("sign-in rate limits", () => {
  it("slows guessing down per address and account, without locking the account for others", async () => {
    const limited = await (await import("../test-support/test-app.js")).startTestApp({ loginLimits: { perAddress: 100, perAddressAndAccount: 3, windowMs: 60_000 } });
    try {
      const w = await buildWorld(limited.db.prisma);
      const attacker = limited.client();
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) statuses.push((await attacker.post("/api/auth/login", { email: w.users.resident.email, password: "guess" })).status);
      expect(statuses).toEqual([401, 401, 401, 429]);
      const retry = await attacker.post("/api/auth/login", { email: w.users.resident.email, password: PASSWORD });
      expect(retry.status).toBe(429);
      expect(retry.headers.get("ratelimit") ?? retry.headers.get("retry-after")).toBeTruthy();
      // Another account from the same address is not affected.
      expect((await limited.client().post("/api/auth/login", { email: w.users.coordA.email, password: PASSWORD })).status).toBe(200);
    } finally {
      await limited.close();
    }
  });
});
