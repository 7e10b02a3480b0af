import type { AccessCase } from "../../test-support/access-case.js";

/** The world has no bakery: its screens answer 404 to a grocery's console (the bakery's own rows are in bakery.test.ts). */
const BAKERY_ONLY = { anonymous: 401, admin: 404, coordA: 404, coordB: 404 };

export const accessCases: AccessCase[] = [
  {
    route: "GET /api/bread",
    request: () => ({ method: "GET", path: "/api/bread?from=2026-03-09&to=2026-03-15" }),
    expect: { anonymous: 401, admin: 200, coordA: 200, coordB: 200 },
    otherwise: 403,
  },
  { route: "GET /api/bakery/rounds", request: () => ({ method: "GET", path: "/api/bakery/rounds" }), expect: BAKERY_ONLY, otherwise: 403 },
  { route: "GET /api/bakery/catalogue", request: () => ({ method: "GET", path: "/api/bakery/catalogue" }), expect: BAKERY_ONLY, otherwise: 403 },
];
