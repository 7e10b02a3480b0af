import type { AccessCase } from "../../test-support/access-case.js";

export const accessCases: AccessCase[] = [
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
    // The admin's console shows grocery A until they switch to B (see auth/switch-organisation.test.ts).
    expect: { anonymous: 401, admin: 404, coordA: 404, coordB: 200, driverA1: 404, driverA2: 404 },
    otherwise: 403,
  },
  {
    route: "POST /api/tours/:id/passages/:passageId/lock",
    request: (w) => ({ method: "POST", path: `/api/tours/${w.tours.driverA1}/passages/${w.passages.driverA1}/lock`, json: { vehicleId: null } }),
    expect: { anonymous: 401, admin: 200, coordA: 200, coordB: 404 },
    otherwise: 403,
  },
  {
    route: "GET /api/tours/:id/passages/:passageId/alternatives",
    // The fixture's rounds have no driver available that day: they cannot be compared (409), which is deterministic.
    request: (w) => ({ method: "GET", path: `/api/tours/${w.tours.driverA1}/passages/${w.passages.driverA1}/alternatives` }),
    expect: { anonymous: 401, admin: 409, coordA: 409, coordB: 404 },
    otherwise: 403,
  },
  {
    route: "PATCH /api/tours/:id/passages",
    request: (w) => ({ method: "PATCH", path: `/api/tours/${w.tours.driverA1}/passages`, json: { order: [w.passages.driverA1] } }),
    expect: { anonymous: 401, admin: 200, coordA: 200, coordB: 404 },
    otherwise: 403,
  },
  {
    route: "POST /api/tours/:id/publish",
    request: (w) => ({ method: "POST", path: `/api/tours/${w.tours.driverA1}/publish` }),
    expect: { anonymous: 401, admin: 200, coordA: 200, coordB: 404 },
    otherwise: 403,
  },
  {
    route: "GET /api/tours/:id/drivers",
    request: (w) => ({ method: "GET", path: `/api/tours/${w.tours.driverA1}/drivers` }),
    expect: { anonymous: 401, admin: 200, coordA: 200, coordB: 404 },
    otherwise: 403,
  },
  {
    route: "PUT /api/tours/:id/driver",
    // The fixture's other driver has no availability that day: refused (409), which is deterministic and changes nothing.
    request: (w) => ({ method: "PUT", path: `/api/tours/${w.tours.driverA1}/driver`, json: { driverId: w.users.driverA2.id } }),
    expect: { anonymous: 401, admin: 409, coordA: 409, coordB: 404 },
    otherwise: 403,
  },
];
