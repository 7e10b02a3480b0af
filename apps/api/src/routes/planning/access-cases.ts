import type { AccessCase } from "../../test-support/access-case.js";

export const accessCases: AccessCase[] = [
  {
    route: "GET /api/planning-calendar",
    request: () => ({ method: "GET", path: "/api/planning-calendar?from=2026-03-09&to=2026-03-15" }),
    expect: { anonymous: 401, admin: 200, coordA: 200, coordB: 200 },
    otherwise: 403,
  },
  {
    route: "GET /api/planning/:date",
    request: () => ({ method: "GET", path: "/api/planning/2026-03-10" }),
    expect: { anonymous: 401, admin: 200, coordA: 200, coordB: 200 },
    otherwise: 403,
  },
  {
    // A date with no passage: refused before any job is queued, so the row is deterministic.
    route: "POST /api/planning/:date/jobs",
    request: () => ({ method: "POST", path: "/api/planning/2031-03-04/jobs", json: {} }),
    expect: { anonymous: 401, admin: 422, coordA: 422, coordB: 422 },
    otherwise: 403,
  },
  {
    // Weeks in the past: refused before any passage is made or job queued.
    route: "POST /api/planning/:date/weeks",
    request: () => ({ method: "POST", path: "/api/planning/2020-03-03/weeks", json: { weeks: 2, toleranceMinutes: 10 } }),
    expect: { anonymous: 401, admin: 400, coordA: 400, coordB: 400 },
    otherwise: 403,
  },
  {
    // A vehicle with no round that day: refused before any job is queued.
    route: "POST /api/planning/:date/breakdowns",
    request: () => ({ method: "POST", path: "/api/planning/2031-03-04/breakdowns", json: { vehicleId: "00000000-0000-4000-8000-000000000000", from: "11:00" } }),
    expect: { anonymous: 401, admin: 422, coordA: 422, coordB: 422 },
    otherwise: 403,
  },
  {
    route: "GET /api/planning-jobs/:id",
    request: (w) => ({ method: "GET", path: `/api/planning-jobs/${w.planning.jobA}` }),
    expect: { anonymous: 401, admin: 200, coordA: 200, coordB: 404 },
    otherwise: 403,
  },
  {
    route: "GET /api/planning-jobs/:id/events",
    request: (w) => ({ method: "GET", path: `/api/planning-jobs/${w.planning.jobA}/events` }),
    expect: { anonymous: 401, admin: 200, coordA: 200, coordB: 404 },
    otherwise: 403,
  },
  {
    route: "POST /api/planning-jobs/:id/cancel",
    request: (w) => ({ method: "POST", path: `/api/planning-jobs/${w.planning.jobA}/cancel` }),
    expect: { anonymous: 401, admin: 409, coordA: 409, coordB: 404 },
    otherwise: 403,
  },
  {
    route: "POST /api/planning-jobs/:id/publish",
    request: (w) => ({ method: "POST", path: `/api/planning-jobs/${w.planning.jobA}/publish` }),
    expect: { anonymous: 401, admin: 409, coordA: 409, coordB: 404 },
    otherwise: 403,
  },
  {
    route: "POST /api/planning-jobs/:id/discard",
    request: (w) => ({ method: "POST", path: `/api/planning-jobs/${w.planning.jobA}/discard` }),
    expect: { anonymous: 401, admin: 409, coordA: 409, coordB: 404 },
    otherwise: 403,
  },
  {
    route: "POST /api/planning/:date/check",
    request: () => ({ method: "POST", path: "/api/planning/2026-03-10/check", json: {} }),
    expect: { anonymous: 401, admin: 200, coordA: 200, coordB: 200 },
    otherwise: 403,
  },
];
