import type { AccessCase } from "../../test-support/access-case.js";

export const accessCases: AccessCase[] = [
  {
    route: "GET /api/arrivals",
    request: (w) => ({ method: "GET", path: `/api/arrivals?householdId=${w.households.own}` }),
    expect: { anonymous: 401, admin: 200, coordA: 200, coordB: 404, relay: 404, resident: 200 },
    otherwise: 403,
  },
  {
    route: "GET /api/arrivals",
    request: (w) => ({ method: "GET", path: `/api/arrivals?householdId=${w.households.delegated}` }),
    expect: { anonymous: 401, admin: 200, coordA: 200, coordB: 404, relay: 200, resident: 404 },
    otherwise: 403,
  },
];
