import type { AccessCase } from "../../test-support/access-case.js";

const DEVICE = "0190a000-0000-7000-8000-0000000000d1";
const MUTATION = "0190a000-0000-7000-8000-0000000000e1";

export const accessCases: AccessCase[] = [
  {
    route: "POST /api/sync/push",
    // The first driver binds the device; the same device id from another driver is refused.
    request: (w) => ({
      method: "POST",
      path: "/api/sync/push",
      json: {
        deviceId: DEVICE,
        mutations: [{ id: MUTATION, deviceId: DEVICE, seq: 1, deviceTime: "2026-03-10T09:00:00.000Z", kind: "note.added", payload: { tourId: w.tours.driverA1, passageId: w.passages.driverA1, text: "Portail fermé" } }],
      },
    }),
    expect: { anonymous: 401, driverA1: 200, driverA2: 409 },
    otherwise: 403,
  },
  {
    route: "GET /api/sync/pull",
    request: () => ({ method: "GET", path: "/api/sync/pull" }),
    expect: { anonymous: 401, driverA1: 200, driverA2: 200 },
    otherwise: 403,
  },
  {
    route: "GET /api/tours/:id/round",
    request: (w) => ({ method: "GET", path: `/api/tours/${w.tours.driverA1}/round` }),
    expect: { anonymous: 401, admin: 200, coordA: 200, coordB: 404, driverA1: 200, driverA2: 404 },
    otherwise: 403,
  },
  {
    route: "GET /api/live",
    request: () => ({ method: "GET", path: "/api/live?date=2026-03-10" }),
    expect: { anonymous: 401, admin: 200, coordA: 200, coordB: 200 },
    otherwise: 403,
  },
];
