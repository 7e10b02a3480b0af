/** Every demo account printed by `npm start` signs in and sees what its role allows, and no more. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../test-support/test-app.js";
import { issueDemoCode, seedDemo, type DemoAccount } from "./index.js";

let app: TestApp;
let accounts: DemoAccount[];

beforeAll(async () => {
  app = await startTestApp();
  accounts = await issueDemoCode(app.services, (await seedDemo(app.db.prisma, { today: "2026-11-26" })).accounts);
});
afterAll(() => app.close());

async function signIn(account: DemoAccount) {
  const client = app.client();
  const res = account.email
    ? await client.post("/api/auth/login", { email: account.email, password: account.password })
    : await client.post("/api/auth/login-code", { code: account.code });
  expect(res.status, `${account.login} signs in`).toBe(200);
  return client;
}

describe("demo accounts", () => {
  it("each signs in and sees only what its role allows", async () => {
    const prisma = app.db.prisma;
    const grocery = await prisma.organisation.findFirstOrThrow({ where: { kind: "social_grocery" } });
    const groceryHouseholds = await prisma.household.count({ where: { organisationId: grocery.id } });
    for (const account of accounts) {
      const client = await signIn(account);
      const households = await client.get<{ id: string }[]>("/api/households");
      const user = await prisma.user.findFirstOrThrow({ where: account.email ? { email: account.email } : { loginCodes: { some: {} }, email: null } });
      switch (account.role) {
        case "admin":
          // The console shows one organisation at a time: the grocery, until the admin switches.
          expect(households.body.length).toBe(groceryHouseholds);
          break;
        case "coordinator": {
          const orgs = (await prisma.membership.findMany({ where: { userId: user.id, role: "coordinator" } })).map((m) => m.organisationId);
          expect(households.body.length).toBe(await prisma.household.count({ where: { organisationId: { in: orgs } } }));
          break;
        }
        case "referrer": {
          const referred = await prisma.household.count({ where: { eligibilities: { some: { referrerUserId: user.id } } } });
          expect(referred).toBeGreaterThan(0);
          expect(referred).toBeLessThan(groceryHouseholds);
          expect(households.body.length).toBe(referred);
          break;
        }
        case "relay":
        case "resident": {
          const own = await prisma.householdAccess.count({ where: { userId: user.id, revokedAt: null } });
          expect(own).toBeGreaterThan(0);
          expect(households.body.length).toBe(own);
          break;
        }
        case "producer": {
          expect(households.status).toBe(403);
          const week = await client.get<{ dates: { lines: { declared: number | null }[] }[] }>("/api/producer/week?from=2026-11-26");
          expect(week.status, week.text).toBe(200);
          // One date declared, one still to declare.
          expect(week.body.dates.map((d) => d.lines.every((l) => l.declared !== null))).toEqual([true, false]);
          break;
        }
        case "driver":
          expect(households.status).toBe(403);
          expect((await client.get("/api/tours")).status).toBe(200);
          break;
      }
    }
  });
});

describe("the demo's one-time code", () => {
  it("is fresh at each start, works once, then says it was already used; the previous start's code no longer works", async () => {
    const [first] = (await issueDemoCode(app.services, accounts)).filter((a) => a.email === null);
    const [second] = (await issueDemoCode(app.services, accounts)).filter((a) => a.email === null);
    expect(first!.code).toMatch(/^\d{8}$/);
    expect(second!.code).not.toBe(first!.code);
    expect((await app.client().post<{ code: string }>("/api/auth/login-code", { code: first!.code })).status).toBe(401);
    expect((await app.client().post("/api/auth/login-code", { code: second!.code })).status).toBe(200);
    const again = await app.client().post<{ code: string }>("/api/auth/login-code", { code: second!.code });
    expect([again.status, again.body.code]).toEqual([401, "login_code_used"]);
  });
});
