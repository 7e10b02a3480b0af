/**
 * Route × role: who may call what, and on whose data. The table is written out by hand, so a
 * change of rules shows up as a diff here; a route missing from it fails the last test.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, TestClient, type TestApp } from "../test-support/test-app.js";
import { buildWorld, PASSWORD, type World } from "../test-support/world.js";
import { routes } from "./index.js";

type Who = "anonymous" | keyof World["users"];
const PEOPLE: Who[] = ["anonymous", "admin", "coordA", "coordB", "driverA1", "driverA2", "referrer", "relay", "resident"];

interface Case {
  route: string;
  request(w: World): { method: string; path: string; json?: unknown };
  /** Expected status per person; people not listed expect `otherwise`. */
  expect: Partial<Record<Who, number>>;
  otherwise: number;
}

const household = (w: World) => ({
  organisationId: w.org.groceryA, name: "Mme Test", addressLine: "2 rue Haute", postcode: "23000", city: "Guéret", latitude: 46.2, longitude: 1.9,
});
const eligibility = (w: World) => ({ organisationId: w.org.groceryA, participationRatePercent: 20, monthlyCapCents: 12000, validFrom: "2026-03-01", validTo: "2026-08-31" });
const signedIn = (status: number): Partial<Record<Who, number>> => Object.fromEntries(PEOPLE.filter((p) => p !== "anonymous").map((p) => [p, status]));

const CASES: Case[] = [
  { route: "GET /api/auth/me", request: () => ({ method: "GET", path: "/api/auth/me" }), expect: signedIn(200), otherwise: 401 },
  { route: "PATCH /api/auth/me", request: () => ({ method: "PATCH", path: "/api/auth/me", json: { locale: "en" } }), expect: signedIn(200), otherwise: 401 },
  { route: "GET /api/organisations", request: () => ({ method: "GET", path: "/api/organisations" }), expect: signedIn(200), otherwise: 401 },
  {
    route: "GET /api/households",
    request: () => ({ method: "GET", path: "/api/households" }),
    expect: { anonymous: 401, admin: 200, coordA: 200, coordB: 200, referrer: 200, relay: 200, resident: 200 },
    otherwise: 403,
  },
  {
    route: "GET /api/households/:id",
    request: (w) => ({ method: "GET", path: `/api/households/${w.households.referred}` }),
    expect: { anonymous: 401, admin: 200, coordA: 200, coordB: 404, referrer: 200, relay: 404, resident: 404 },
    otherwise: 403,
  },
  {
    route: "GET /api/households/:id",
    request: (w) => ({ method: "GET", path: `/api/households/${w.households.delegated}` }),
    expect: { anonymous: 401, admin: 200, coordA: 200, coordB: 404, referrer: 404, relay: 200, resident: 404 },
    otherwise: 403,
  },
  {
    route: "GET /api/households/:id",
    request: (w) => ({ method: "GET", path: `/api/households/${w.households.own}` }),
    expect: { anonymous: 401, admin: 200, coordA: 200, coordB: 404, referrer: 404, relay: 404, resident: 200 },
    otherwise: 403,
  },
  {
    route: "POST /api/households",
    request: (w) => ({ method: "POST", path: "/api/households", json: household(w) }),
    expect: { anonymous: 401, admin: 201, coordA: 201 },
    otherwise: 403,
  },
  {
    route: "PATCH /api/households/:id",
    request: (w) => ({ method: "PATCH", path: `/api/households/${w.households.other}`, json: { peopleCount: 2 } }),
    expect: { anonymous: 401, admin: 200, coordA: 200, coordB: 404 },
    otherwise: 403,
  },
  {
    route: "POST /api/households/:id/login-code",
    request: (w) => ({ method: "POST", path: `/api/households/${w.households.other}/login-code` }),
    expect: { anonymous: 401, admin: 201, coordA: 201, coordB: 404 },
    otherwise: 403,
  },
  {
    route: "GET /api/households/:id/eligibilities",
    request: (w) => ({ method: "GET", path: `/api/households/${w.households.referred}/eligibilities` }),
    expect: { anonymous: 401, admin: 200, coordA: 200, coordB: 404, referrer: 200 },
    otherwise: 403,
  },
  {
    route: "GET /api/households/:id/eligibilities",
    request: (w) => ({ method: "GET", path: `/api/households/${w.households.other}/eligibilities` }),
    expect: { anonymous: 401, admin: 200, coordA: 200, coordB: 404, referrer: 404 },
    otherwise: 403,
  },
  {
    route: "POST /api/households/:id/eligibilities",
    request: (w) => ({ method: "POST", path: `/api/households/${w.households.referred}/eligibilities`, json: eligibility(w) }),
    expect: { anonymous: 401, admin: 201, coordA: 201, coordB: 404, referrer: 201 },
    otherwise: 403,
  },
  {
    route: "GET /api/tours",
    request: () => ({ method: "GET", path: "/api/tours" }),
    expect: { anonymous: 401, admin: 200, coordA: 200, coordB: 200, driverA1: 200, driverA2: 200 },
    otherwise: 403,
  },
  {
    route: "GET /api/tours/:id",
    request: (w) => ({ method: "GET", path: `/api/tours/${w.tours.driverA1}` }),
    expect: { anonymous: 401, admin: 200, coordA: 200, coordB: 404, driverA1: 200, driverA2: 404 },
    otherwise: 403,
  },
  {
    route: "GET /api/tours/:id",
    request: (w) => ({ method: "GET", path: `/api/tours/${w.tours.inB}` }),
    expect: { anonymous: 401, admin: 200, coordA: 404, coordB: 200, driverA1: 404, driverA2: 404 },
    otherwise: 403,
  },
  { route: "POST /api/auth/logout", request: () => ({ method: "POST", path: "/api/auth/logout" }), expect: signedIn(204), otherwise: 401 },
];
/** Reached by other tests: sign-in itself is public. */
const COVERED_ELSEWHERE = ["POST /api/auth/login", "POST /api/auth/login-code"];

let app: TestApp;
let world: World;
const clients = new Map<Who, TestClient>();

beforeAll(async () => {
  app = await startTestApp();
  world = await buildWorld(app.db.prisma);
  for (const who of PEOPLE) {
    const client = app.client();
    if (who !== "anonymous") await client.login(world.users[who].email, PASSWORD);
    clients.set(who, client);
  }
});
afterAll(() => app.close());

describe("route × role", () => {
  it("lists only what each person may see", async () => {
    const names = async (who: Who) => ((await clients.get(who)!.get<{ name: string }[]>("/api/households")).body ?? []).map((h) => h.name).sort();
    expect(await names("coordB")).toEqual(["InB"]);
    expect(await names("referrer")).toEqual(["Referred"]);
    expect(await names("relay")).toEqual(["Delegated"]);
    expect(await names("resident")).toEqual(["Own"]);
    const tours = (await clients.get("driverA2")!.get<{ id: string }[]>("/api/tours")).body.map((t) => t.id);
    expect(tours).toEqual([world.tours.driverA2]);
  });

  it("never puts eligibility in a household", async () => {
    const res = await clients.get("coordA")!.get(`/api/households`);
    expect(res.status).toBe(200);
    expect(res.text).toContain("Referred");
    expect(res.text).not.toMatch(/participation|eligib|monthlyCap/i);
  });

  for (const testCase of CASES) {
    it(`${testCase.route} (${testCase.request.toString().match(/households\.(\w+)|tours\.(\w+)/)?.[0] ?? "collection"})`, async () => {
      const outcome: Partial<Record<Who, number>> = {};
      const expected: Partial<Record<Who, number>> = {};
      for (const who of PEOPLE) {
        const { method, path, json } = testCase.request(world);
        const res = await clients.get(who)!.request(method, path, json === undefined ? {} : { json });
        outcome[who] = res.status;
        expected[who] = testCase.expect[who] ?? testCase.otherwise;
      }
      expect(outcome).toEqual(expected);
    });
  }

  it("covers every route of the API", () => {
    const tested = new Set([...CASES.map((c) => c.route), ...COVERED_ELSEWHERE]);
    const missing = routes.map((r) => `${r.method.toUpperCase()} ${r.path}`).filter((r) => !tested.has(r));
    expect(missing).toEqual([]);
  });
});
