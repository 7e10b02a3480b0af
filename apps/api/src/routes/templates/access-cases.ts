import type { AccessCase } from "../../test-support/access-case.js";

const coordinators = { anonymous: 401, admin: 200, coordA: 200, coordB: 404 };

export const accessCases: AccessCase[] = [
  {
    route: "GET /api/tour-templates",
    request: () => ({ method: "GET", path: "/api/tour-templates" }),
    expect: { anonymous: 401, admin: 200, coordA: 200, coordB: 200 },
    otherwise: 403,
  },
  {
    route: "POST /api/tour-templates",
    request: (w) => ({ method: "POST", path: "/api/tour-templates", json: { organisationId: w.org.groceryA, name: "Tournée du mercredi", weekday: 3, startDate: "2031-01-01", departureMinute: 480 } }),
    expect: { anonymous: 401, admin: 201, coordA: 201, coordB: 404 },
    otherwise: 403,
  },
  {
    route: "PATCH /api/tour-templates/:id",
    request: (w) => ({ method: "PATCH", path: `/api/tour-templates/${w.catalogue.templateId}`, json: { name: "Tournée du mardi" } }),
    expect: coordinators,
    otherwise: 403,
  },
  {
    route: "POST /api/tour-templates/:id/exceptions",
    request: (w) => ({ method: "POST", path: `/api/tour-templates/${w.catalogue.templateId}/exceptions`, json: { date: "2031-06-03", reason: "férié" } }),
    expect: { anonymous: 401, admin: 201, coordA: 201, coordB: 404 },
    otherwise: 403,
  },
  {
    route: "DELETE /api/tour-templates/:id/exceptions/:date",
    request: (w) => ({ method: "DELETE", path: `/api/tour-templates/${w.catalogue.templateId}/exceptions/2031-06-03` }),
    expect: coordinators,
    otherwise: 403,
  },
  {
    route: "POST /api/tour-templates/:id/generate",
    request: (w) => ({ method: "POST", path: `/api/tour-templates/${w.catalogue.templateId}/generate`, json: { from: "2031-01-01", to: "2031-01-31" } }),
    expect: coordinators,
    otherwise: 403,
  },
];
