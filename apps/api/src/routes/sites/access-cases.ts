import type { AccessCase } from "../../test-support/access-case.js";

const NOWHERE = "00000000-0000-4000-8000-000000000000";

export const accessCases: AccessCase[] = [
  {
    route: "GET /api/sites",
    request: () => ({ method: "GET", path: "/api/sites" }),
    expect: { anonymous: 401, admin: 200, coordA: 200, coordB: 200 },
    otherwise: 403,
  },
  {
    // A French postcode of 4 digits: refused for what it says, once the person may write.
    route: "POST /api/sites",
    request: (w) => ({ method: "POST", path: "/api/sites", json: { organisationId: w.org.groceryA, kind: "depot", name: "Dépôt", addressLine: "ZA", postcode: "2300", latitude: 46.1, longitude: 1.9 } }),
    expect: { anonymous: 401, admin: 400, coordA: 400, coordB: 400 },
    otherwise: 403,
  },
  {
    route: "PATCH /api/sites/:id",
    request: () => ({ method: "PATCH", path: `/api/sites/${NOWHERE}`, json: { name: "Dépôt" } }),
    expect: { anonymous: 401, admin: 404, coordA: 404, coordB: 404 },
    otherwise: 403,
  },
];
