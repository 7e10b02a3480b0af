import type { AccessCase } from "../../test-support/access-case.js";

const PEOPLE_WHO_ORDER = { anonymous: 401, admin: 200, coordA: 200, coordB: 200, relay: 200, resident: 200 };

export const accessCases: AccessCase[] = [
  { route: "GET /api/orders", request: () => ({ method: "GET", path: "/api/orders" }), expect: PEOPLE_WHO_ORDER, otherwise: 403 },
  {
    route: "GET /api/order-summaries",
    request: () => ({ method: "GET", path: "/api/order-summaries?date=2030-01-15" }),
    expect: { anonymous: 401, admin: 200, coordA: 200, coordB: 200 },
    otherwise: 403,
  },
  {
    route: "GET /api/passages/:id/non-orderers",
    request: (w) => ({ method: "GET", path: `/api/passages/${w.catalogue.passages.open}/non-orderers` }),
    expect: { anonymous: 401, admin: 200, coordA: 200, coordB: 404 },
    otherwise: 403,
  },
  {
    route: "GET /api/orders/:id",
    request: (w) => ({ method: "GET", path: `/api/orders/${w.catalogue.lockedOrder}` }),
    expect: { anonymous: 401, admin: 200, coordA: 200, coordB: 404, relay: 404, resident: 200 },
    otherwise: 403,
  },
  {
    // The world's order is past its cutoff: the resident is told it is locked; coordinators, that they must say why.
    route: "PATCH /api/orders/:id",
    request: (w) => ({ method: "PATCH", path: `/api/orders/${w.catalogue.lockedOrder}`, json: { lines: [{ offerId: w.catalogue.offers.pasta, quantity: 1 }] } }),
    expect: { anonymous: 401, admin: 422, coordA: 422, coordB: 404, relay: 404, resident: 409 },
    otherwise: 403,
  },
  {
    route: "POST /api/orders/:id/cancel",
    request: (w) => ({ method: "POST", path: `/api/orders/${w.catalogue.lockedOrder}/cancel` }),
    expect: { anonymous: 401, admin: 409, coordA: 409, coordB: 404, relay: 404, resident: 409 },
    otherwise: 403,
  },
  {
    // The first allowed caller places the order; later ones find it already placed (409).
    route: "POST /api/orders",
    request: (w) => ({ method: "POST", path: "/api/orders", json: { householdId: w.households.delegated, passageId: w.catalogue.passages.open, lines: [{ offerId: w.catalogue.offers.pasta, quantity: 1 }] } }),
    expect: { anonymous: 401, admin: 201, coordA: 409, coordB: 404, relay: 409, resident: 404 },
    otherwise: 403,
  },
  {
    route: "POST /api/orders/repeat",
    request: (w) => ({ method: "POST", path: "/api/orders/repeat", json: { householdId: w.households.own, passageId: w.catalogue.passages.repeat } }),
    expect: { anonymous: 401, admin: 201, coordA: 409, coordB: 404, relay: 404, resident: 409 },
    otherwise: 403,
  },
];
