import type { AccessCase } from "../../test-support/access-case.js";

const NOWHERE = "00000000-0000-4000-8000-000000000000";

export const accessCases: AccessCase[] = [
  {
    route: "GET /api/vehicles",
    request: () => ({ method: "GET", path: "/api/vehicles" }),
    expect: { anonymous: 401, admin: 200, coordA: 200, coordB: 200 },
    otherwise: 403,
  },
  {
    route: "POST /api/vehicles",
    request: (w) => ({ method: "POST", path: "/api/vehicles", json: { organisationId: w.org.groceryA, name: "Fourgon", homeSiteId: NOWHERE } }),
    expect: { anonymous: 401, admin: 400, coordA: 400, coordB: 403 },
    otherwise: 403,
  },
  {
    route: "PATCH /api/vehicles/:id",
    request: () => ({ method: "PATCH", path: `/api/vehicles/${NOWHERE}`, json: { name: "Fourgon" } }),
    expect: { anonymous: 401, admin: 404, coordA: 404, coordB: 404 },
    otherwise: 403,
  },
];
