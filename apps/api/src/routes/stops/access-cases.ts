import type { AccessCase } from "../../test-support/access-case.js";

const NOWHERE = "00000000-0000-4000-8000-000000000000";

export const accessCases: AccessCase[] = [
  {
    route: "GET /api/stops",
    request: () => ({ method: "GET", path: "/api/stops" }),
    expect: { anonymous: 401, admin: 200, coordA: 200, coordB: 200 },
    otherwise: 403,
  },
  {
    route: "POST /api/stops",
    request: (w) => ({ method: "POST", path: "/api/stops", json: { organisationId: w.org.groceryA, name: "Lavoir", city: "Guéret", latitude: 46.2, longitude: 1.9 } }),
    expect: { anonymous: 401, admin: 201, coordA: 201, coordB: 403 },
    otherwise: 403,
  },
  {
    route: "PATCH /api/stops/:id",
    request: () => ({ method: "PATCH", path: `/api/stops/${NOWHERE}`, json: { name: "Nouveau nom" } }),
    expect: { anonymous: 401, admin: 404, coordA: 404, coordB: 404 },
    otherwise: 403,
  },
];
