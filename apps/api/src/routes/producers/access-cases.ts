import type { AccessCase } from "../../test-support/access-case.js";

/** The world's producer supplies grocery A (`addProducer`); its open passage is on 2030-01-15. */
export const accessCases: AccessCase[] = [
  {
    route: "GET /api/producer/week",
    request: (w) => ({ method: "GET", path: `/api/producer/week?producerId=${w.org.farm}&from=2030-01-10` }),
    expect: { anonymous: 401, admin: 200, producer: 200 },
    otherwise: 403,
  },
  {
    route: "PUT /api/producer/supply",
    request: (w) => ({ method: "PUT", path: "/api/producer/supply", json: { buyerId: w.org.groceryA, date: "2030-01-15", lines: [{ offerId: w.supply!.offers.apples, quantity: 12 }] } }),
    expect: { anonymous: 401, admin: 200, producer: 200 },
    otherwise: 403,
  },
  {
    route: "GET /api/purchase-order",
    request: (w) => ({ method: "GET", path: `/api/purchase-order?producerId=${w.org.farm}&buyerId=${w.org.groceryA}&date=2030-01-15` }),
    expect: { anonymous: 401, admin: 200, coordA: 200, coordB: 404, producer: 200 },
    otherwise: 403,
  },
  {
    route: "GET /api/delivery-note",
    request: (w) => ({ method: "GET", path: `/api/delivery-note?producerId=${w.org.farm}&buyerId=${w.org.groceryA}&date=2030-01-15` }),
    expect: { anonymous: 401, admin: 200, coordA: 200, coordB: 404, producer: 200 },
    otherwise: 403,
  },
  {
    route: "GET /api/supply/receipts",
    request: () => ({ method: "GET", path: "/api/supply/receipts?month=2030-01" }),
    expect: { anonymous: 401, admin: 200, coordA: 200, coordB: 200 },
    otherwise: 403,
  },
  {
    route: "PATCH /api/supply/receipts/:id",
    // No receipt in the world: who may correct one is told from who may not by 404 against 403.
    request: () => ({ method: "PATCH", path: "/api/supply/receipts/0190a000-0000-7000-8000-00000000dead", json: { received: 1 } }),
    expect: { anonymous: 401, admin: 404, coordA: 404, coordB: 404 },
    otherwise: 403,
  },
  {
    route: "GET /api/supply/statements",
    request: () => ({ method: "GET", path: "/api/supply/statements?month=2030-01" }),
    expect: { anonymous: 401, admin: 200, coordA: 200, coordB: 200, producer: 200 },
    otherwise: 403,
  },
  {
    route: "GET /api/supply/statement.csv",
    request: (w) => ({ method: "GET", path: `/api/supply/statement.csv?month=2030-01&producerId=${w.org.farm}&buyerId=${w.org.groceryA}` }),
    expect: { anonymous: 401, admin: 200, coordA: 200, coordB: 404, producer: 200 },
    otherwise: 403,
  },
  {
    route: "GET /api/supply/drops",
    request: () => ({ method: "GET", path: "/api/supply/drops?date=2030-01-15" }),
    expect: { anonymous: 401, admin: 200, coordA: 200, coordB: 200 },
    otherwise: 403,
  },
  {
    route: "GET /api/supply/drops/sheet",
    request: () => ({ method: "GET", path: "/api/supply/drops/sheet?date=2030-01-15" }),
    expect: { anonymous: 401, admin: 200, coordA: 200, coordB: 200 },
    otherwise: 403,
  },
  {
    route: "POST /api/supply/drops",
    // Nothing is ordered from the world's farm yet: who may record a drop is told from who may not by 400 against 403 (another grocery's: 404).
    request: (w) => ({ method: "POST", path: "/api/supply/drops", json: { date: "2030-01-15", producerId: w.org.farm, lines: [] } }),
    expect: { anonymous: 401, admin: 400, coordA: 400, coordB: 404 },
    otherwise: 403,
  },
];
