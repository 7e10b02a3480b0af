import type { AccessCase } from "../../test-support/access-case.js";

const NOWHERE = "00000000-0000-4000-8000-000000000000";

export const accessCases: AccessCase[] = [
  {
    route: "GET /api/drivers",
    request: () => ({ method: "GET", path: "/api/drivers" }),
    expect: { anonymous: 401, admin: 200, coordA: 200, coordB: 200 },
    otherwise: 403,
  },
  {
    route: "POST /api/drivers",
    request: (w) => ({ method: "POST", path: "/api/drivers", json: { organisationId: w.org.groceryA, displayName: "Nouvelle chauffeuse" } }),
    expect: { anonymous: 401, admin: 201, coordA: 201, coordB: 404 },
    otherwise: 403,
  },
  {
    route: "POST /api/drivers/:id/login-code",
    request: (w) => ({ method: "POST", path: `/api/drivers/${w.users.driverA1.id}/login-code` }),
    expect: { anonymous: 401, admin: 201, coordA: 201, coordB: 404 },
    otherwise: 403,
  },
  {
    route: "PUT /api/drivers/:id/availability",
    request: (w) => ({ method: "PUT", path: `/api/drivers/${w.users.driverA1.id}/availability`, json: { organisationId: w.org.groceryA, weekly: [{ weekday: 2, fromMinute: 420, toMinute: 900 }] } }),
    expect: { anonymous: 401, admin: 200, coordA: 200, coordB: 404 },
    otherwise: 403,
  },
  {
    route: "POST /api/drivers/:id/retire",
    request: (w) => ({ method: "POST", path: `/api/drivers/${NOWHERE}/retire`, json: { organisationId: w.org.groceryA } }),
    expect: { anonymous: 401, admin: 404, coordA: 404, coordB: 404 },
    otherwise: 403,
  },
];
