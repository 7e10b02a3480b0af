import type { AccessCase } from "../../test-support/access-case.js";

const tourReaders = { anonymous: 401, admin: 200, coordA: 200, coordB: 404, driverA1: 200, driverA2: 404 };

export const accessCases: AccessCase[] = [
  ...["loading-list", "loading-list.csv", "sheet"].map((sheet) => ({
    route: `GET /api/tours/:id/${sheet}`,
    request: (w: { tours: { driverA1: string } }) => ({ method: "GET", path: `/api/tours/${w.tours.driverA1}/${sheet}` }),
    expect: tourReaders,
    otherwise: 403,
  })),
  {
    route: "GET /api/passages/:id/order-slips",
    request: (w: { catalogue: { passages: { open: string } } }) => ({ method: "GET", path: `/api/passages/${w.catalogue.passages.open}/order-slips?paper=a5` }),
    expect: { anonymous: 401, admin: 200, coordA: 200, coordB: 404 },
    otherwise: 403,
  },
  {
    // The household's next passage is the world's open one (2030): its usual halt is the world's stop.
    route: "GET /api/households/:id/order-slip",
    request: (w: { households: { own: string } }) => ({ method: "GET", path: `/api/households/${w.households.own}/order-slip` }),
    expect: { anonymous: 401, admin: 200, coordA: 200, coordB: 404 },
    otherwise: 403,
  },
  ...["bakery-production", "bakery-production.csv"].map((path) => ({
    route: `GET /api/${path}`,
    request: (w: { org: { groceryA: string } }) => ({ method: "GET", path: `/api/${path}?date=2026-03-10&organisationId=${w.org.groceryA}` }),
    expect: { anonymous: 401, admin: 200, coordA: 200, coordB: 404 },
    otherwise: 403,
  })),
];
