import type { AccessCase } from "../../test-support/access-case.js";
import type { World } from "../../test-support/world.js";

/**
 * The world's AMAP (`addAmap`) runs a contract carried by grocery A; its own coordinator is not one
 * of the table's people (amap.test.ts signs in as them), so grocery A's staff read, never manage.
 */
const amap = (w: World) => w.amap!;

export const accessCases: AccessCase[] = [
  { route: "GET /api/amap/contracts", request: () => ({ method: "GET", path: "/api/amap/contracts" }), expect: { anonymous: 401, admin: 200, coordA: 200, coordB: 200 }, otherwise: 403 },
  {
    route: "POST /api/amap/contracts",
    request: (w) => ({ method: "POST", path: "/api/amap/contracts", json: { producerId: w.org.farm, carrierId: w.org.groceryA, name: "Œufs", firstDate: "2030-02-04", lastDate: "2030-03-31", everyWeeks: 2, skipRule: "postponed", sizes: [{ name: "Douzaine", priceCents: 450 }] } }),
    expect: { anonymous: 401 },
    otherwise: 403,
  },
  { route: "GET /api/amap/contract-choices", request: () => ({ method: "GET", path: "/api/amap/contract-choices" }), expect: { anonymous: 401 }, otherwise: 403 },
  {
    route: "PATCH /api/amap/contracts/:id",
    request: (w) => ({ method: "PATCH", path: `/api/amap/contracts/${amap(w).contractId}`, json: { name: "Panier de légumes du plateau" } }),
    expect: { anonymous: 401, admin: 404, coordA: 404, coordB: 404 },
    otherwise: 403,
  },
  { route: "GET /api/amap/contracts/:id", request: (w) => ({ method: "GET", path: `/api/amap/contracts/${amap(w).contractId}` }), expect: { anonymous: 401, admin: 200, coordA: 200, coordB: 404 }, otherwise: 403 },
  { route: "GET /api/amap/contracts/:id/candidates", request: (w) => ({ method: "GET", path: `/api/amap/contracts/${amap(w).contractId}/candidates` }), expect: { anonymous: 401, admin: 404, coordA: 404, coordB: 404 }, otherwise: 403 },
  { route: "GET /api/amap/contracts/:id/distribution", request: (w) => ({ method: "GET", path: `/api/amap/contracts/${amap(w).contractId}/distribution?week=2030-01-14` }), expect: { anonymous: 401, admin: 200, coordA: 200, coordB: 404 }, otherwise: 403 },
  {
    route: "PUT /api/amap/contracts/:id/compositions/:week",
    request: (w) => ({ method: "PUT", path: `/api/amap/contracts/${amap(w).contractId}/compositions/2030-01-14`, json: { text: "Poireaux, carottes, une courge" } }),
    expect: { anonymous: 401, admin: 200, coordA: 404, coordB: 404, producer: 200 },
    otherwise: 403,
  },
  {
    route: "POST /api/amap/subscriptions",
    // The resident's household is a member already: she gets as far as being told so.
    request: (w) => ({ method: "POST", path: "/api/amap/subscriptions", json: { contractId: amap(w).contractId, householdId: w.households.own, sizeId: amap(w).sizes.large, stopId: w.catalogue.stopId } }),
    expect: { anonymous: 401, admin: 404, coordA: 404, coordB: 404, relay: 404, resident: 409 },
    otherwise: 403,
  },
  {
    route: "PATCH /api/amap/subscriptions/:id",
    request: (w) => ({ method: "PATCH", path: `/api/amap/subscriptions/${amap(w).subscriptions.own}`, json: { sizeId: amap(w).sizes.small } }),
    expect: { anonymous: 401, admin: 404, coordA: 404, coordB: 404, relay: 404, resident: 200 },
    otherwise: 403,
  },
  {
    route: "PUT /api/amap/subscriptions/:id/skips/:week",
    request: (w) => ({ method: "PUT", path: `/api/amap/subscriptions/${amap(w).subscriptions.own}/skips/2030-02-04` }),
    expect: { anonymous: 401, admin: 404, coordA: 404, coordB: 404, relay: 404, resident: 200 },
    otherwise: 403,
  },
  {
    route: "DELETE /api/amap/subscriptions/:id/skips/:week",
    request: (w) => ({ method: "DELETE", path: `/api/amap/subscriptions/${amap(w).subscriptions.own}/skips/2030-02-04` }),
    expect: { anonymous: 401, admin: 404, coordA: 404, coordB: 404, relay: 404, resident: 200 },
    otherwise: 403,
  },
  {
    route: "GET /api/amap/baskets",
    request: (w) => ({ method: "GET", path: `/api/amap/baskets?householdId=${w.households.own}` }),
    expect: { anonymous: 401, admin: 200, coordA: 200, coordB: 404, relay: 404, resident: 200 },
    otherwise: 403,
  },
  { route: "GET /api/amap/producer", request: () => ({ method: "GET", path: "/api/amap/producer" }), expect: { anonymous: 401, admin: 200, producer: 200 }, otherwise: 403 },
];
