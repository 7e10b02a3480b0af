import type { AccessCase } from "../../test-support/access-case.js";
import type { World } from "../../test-support/world.js";

const household = (w: World) => ({
  organisationId: w.org.groceryA, name: "Mme Test", addressLine: "2 rue Haute", postcode: "23000", city: "Guéret", latitude: 46.2, longitude: 1.9,
});
const eligibility = (w: World) => ({ organisationId: w.org.groceryA, participationRatePercent: 20, monthlyCapCents: 12000, validFrom: "2026-03-01", validTo: "2026-08-31" });

export const accessCases: AccessCase[] = [
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
    route: "GET /api/households/:id/history",
    request: (w) => ({ method: "GET", path: `/api/households/${w.households.own}/history` }),
    expect: { anonymous: 401, admin: 200, coordA: 200, coordB: 404 },
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
    // A referrer asks for it instead: POST /api/referrals/renewals, decided by the grocery.
    expect: { anonymous: 401, admin: 201, coordA: 201, coordB: 404 },
    otherwise: 403,
  },
];
