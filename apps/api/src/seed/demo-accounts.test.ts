/** Every demo account printed by `npm start` signs in and sees what its role allows, and no more. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../test-support/test-app.js";
import { seedDemo, type DemoAccount } from "./index.js";
import { TEST_SECRET } from "../test-support/test-secret.js";

let app: TestApp;
let accounts: DemoAccount[];

beforeAll(async () => {
  app = await startTestApp();
  accounts = (await seedDemo(app.db.prisma, { secret: TEST_SECRET, today: "2026-11-26" })).accounts;
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
          expect(households.body.length).toBe(await prisma.household.count());
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
        case "driver":
          expect(households.status).toBe(403);
          expect((await client.get("/api/tours")).status).toBe(200);
          break;
      }
    }
  });
});
