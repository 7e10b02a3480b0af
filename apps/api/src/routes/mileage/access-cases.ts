import type { AccessCase } from "../../test-support/access-case.js";

export const accessCases: AccessCase[] = [
  {
    route: "GET /api/mileage-allowances",
    request: (w) => ({ method: "GET", path: `/api/mileage-allowances?month=2026-03&organisationId=${w.org.groceryA}` }),
    expect: { anonymous: 401, admin: 200, coordA: 200, coordB: 404 },
    otherwise: 403,
  },
  {
    route: "GET /api/mileage-allowances.csv",
    request: (w) => ({ method: "GET", path: `/api/mileage-allowances.csv?month=2026-03&organisationId=${w.org.groceryA}` }),
    expect: { anonymous: 401, admin: 200, coordA: 200, coordB: 404 },
    otherwise: 403,
  },
];
