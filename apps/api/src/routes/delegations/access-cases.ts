import type { AccessCase } from "../../test-support/access-case.js";
import { WORLD_DELEGATION } from "../../test-support/world.js";

export const accessCases: AccessCase[] = [
  {
    route: "GET /api/households/:id/delegations",
    request: (w) => ({ method: "GET", path: `/api/households/${w.households.own}/delegations` }),
    expect: { anonymous: 401, admin: 200, coordA: 200, coordB: 404, resident: 200 },
    otherwise: 403,
  },
  {
    // A household the resident does not live in: not found for her.
    route: "GET /api/households/:id/delegations",
    request: (w) => ({ method: "GET", path: `/api/households/${w.households.delegated}/delegations` }),
    expect: { anonymous: 401, admin: 200, coordA: 200, coordB: 404, resident: 404 },
    otherwise: 403,
  },
  { route: "GET /api/relay-accounts", request: () => ({ method: "GET", path: "/api/relay-accounts" }), expect: { anonymous: 401, admin: 200, coordA: 200, coordB: 200 }, otherwise: 403 },
  {
    // The first allowed caller records it; the next one is told the relay already orders for the household.
    route: "POST /api/households/:id/delegations",
    request: (w) => ({ method: "POST", path: `/api/households/${w.households.other}/delegations`, json: { relayUserId: w.users.relay.id, covers: ["order"], evidence: "Signée en mairie" } }),
    expect: { anonymous: 401, admin: 201, coordA: 409, coordB: 404 },
    otherwise: 403,
  },
  {
    // Last of the table's uses of the relay's delegation: the first allowed caller revokes it.
    route: "POST /api/delegations/:id/revoke",
    request: () => ({ method: "POST", path: `/api/delegations/${WORLD_DELEGATION}/revoke`, json: { reason: "Le foyer commande lui-même" } }),
    expect: { anonymous: 401, admin: 200, coordA: 409, coordB: 404, resident: 404 },
    otherwise: 403,
  },
];
