import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEST_SECRET } from "../test-support/test-secret.js";
import { hashLoginCode } from "./login-code-hash.js";
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

  it("stores a code so that the database alone does not give it away: a keyed hash, not a plain one", async () => {
    const coordinator = await app.client().login(world.users.coordA.email, PASSWORD);
    const issued = await coordinator.post<{ code: string }>(`/api/households/${world.households.referred}/login-code`);
    const code = issued.body.code.replace(" ", "");
    const stored = await app.db.prisma.loginCode.findFirstOrThrow({ where: { usedAt: null, user: { householdAccess: { some: { householdId: world.households.referred } } } } });
    expect(stored.codeHash).not.toBe(createHash("sha256").update(code).digest("hex"));
    expect(stored.codeHash).toBe(hashLoginCode(code, TEST_SECRET));
    expect((await app.client().post("/api/auth/login-code", { code })).status).toBe(200);
  });
});

describe("sign-in rate limits", () => {
  it("slows guessing down per address and account, without locking the account for others", async () => {
    const limited = await (await import("../test-support/test-app.js")).startTestApp({ loginLimits: { perAddress: 100, perAddressAndAccount: 3, perCodePrefix: 100, windowMs: 60_000 } });
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

  it("counts failures only: a town hall where several residents sign in with their codes is never held back", async () => {
    const limited = await (await import("../test-support/test-app.js")).startTestApp({ loginLimits: { perAddress: 5, perAddressAndAccount: 3, perCodePrefix: 3, windowMs: 60_000 } });
    try {
      const w = await buildWorld(limited.db.prisma);
      const coordinator = await limited.client().login(w.users.coordA.email, PASSWORD);
      const issue = async () => {
        const codes: string[] = [];
        for (const id of [w.households.referred, w.households.delegated, w.households.own, w.households.other]) codes.push((await coordinator.post<{ code: string }>(`/api/households/${id}/login-code`)).body.code);
        return codes;
      };
      const signIn = async (code: string) => (await limited.client().post("/api/auth/login-code", { code })).status;
      const statuses = [];
      for (const code of await issue()) statuses.push(await signIn(code));
      for (const code of await issue()) statuses.push(await signIn(code));
      expect(statuses).toEqual(Array(8).fill(200));
      // Guessing from that address is still slowed down after 3 failures, even the right code then.
      const [good] = await issue();
      for (const wrong of ["0000 0001", "0000 0002", "0000 0003"]) expect(await signIn(wrong)).toBe(401);
      expect(await signIn(good!)).toBe(429);
    } finally {
      await limited.close();
    }
  });
});
