import type { AccessCase } from "../../test-support/access-case.js";

export const accessCases: AccessCase[] = [
  {
    route: "POST /api/order-imports/preview",
    request: (w) => ({ method: "POST", path: "/api/order-imports/preview", json: { organisationId: w.org.groceryA, csv: "household;date;sku;quantity\nOwn;10/03/2026;NOPE;1\n" } }),
    expect: { anonymous: 401, admin: 200, coordA: 200, coordB: 403 },
    otherwise: 403,
  },
  {
    // An unknown product: refused whole, so no order is placed.
    route: "POST /api/order-imports",
    request: (w) => ({ method: "POST", path: "/api/order-imports", json: { organisationId: w.org.groceryA, csv: "household;date;sku;quantity\nOwn;10/03/2026;NOPE;1\n" } }),
    expect: { anonymous: 401, admin: 422, coordA: 422, coordB: 403 },
    otherwise: 403,
  },
];
