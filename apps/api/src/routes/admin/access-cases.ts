import type { AccessCase } from "../../test-support/access-case.js";

const ADMINS = (status: number) => ({ anonymous: 401, admin: status });
/** An id nobody has: the rows that would disable or strip a world's person use it (admin.test.ts covers the real ones). */
const NOBODY = "0190a000-0000-7000-8000-00000000dead";

export const accessCases: AccessCase[] = [
  { route: "GET /api/admin/organisations", request: () => ({ method: "GET", path: "/api/admin/organisations" }), expect: ADMINS(200), otherwise: 403 },
  {
    route: "POST /api/admin/organisations",
    request: () => ({ method: "POST", path: "/api/admin/organisations", json: { name: "Amap du plateau", kind: "amap", cutoffDaysBefore: 2, cutoffMinute: 720, defaultSocialPricing: false } }),
    expect: ADMINS(201),
    otherwise: 403,
  },
  {
    route: "PATCH /api/admin/organisations/:id",
    request: (w) => ({ method: "PATCH", path: `/api/admin/organisations/${w.org.ccas}`, json: { city: "Aubusson" } }),
    expect: ADMINS(200),
    otherwise: 403,
  },
  { route: "GET /api/admin/people", request: () => ({ method: "GET", path: "/api/admin/people" }), expect: ADMINS(200), otherwise: 403 },
  {
    route: "POST /api/admin/people",
    request: (w) => ({ method: "POST", path: "/api/admin/people", json: { displayName: "Nouvelle référente", access: "code", roles: [{ organisationId: w.org.ccas, role: "referrer" }] } }),
    expect: ADMINS(201),
    otherwise: 403,
  },
  { route: "POST /api/admin/people/:id/login-code", request: () => ({ method: "POST", path: `/api/admin/people/${NOBODY}/login-code` }), expect: ADMINS(404), otherwise: 403 },
  {
    route: "POST /api/admin/people/:id/roles",
    request: (w) => ({ method: "POST", path: `/api/admin/people/${w.users.relay.id}/roles`, json: { organisationId: w.org.groceryB, role: "relay" } }),
    expect: ADMINS(200),
    otherwise: 403,
  },
  { route: "DELETE /api/admin/people/:id/roles/:roleId", request: () => ({ method: "DELETE", path: `/api/admin/people/${NOBODY}/roles/${NOBODY}` }), expect: ADMINS(404), otherwise: 403 },
  { route: "POST /api/admin/people/:id/disable", request: () => ({ method: "POST", path: `/api/admin/people/${NOBODY}/disable` }), expect: ADMINS(404), otherwise: 403 },
  { route: "POST /api/admin/people/:id/enable", request: () => ({ method: "POST", path: `/api/admin/people/${NOBODY}/enable` }), expect: ADMINS(404), otherwise: 403 },
  { route: "GET /api/admin/audit", request: () => ({ method: "GET", path: "/api/admin/audit" }), expect: ADMINS(200), otherwise: 403 },
];
