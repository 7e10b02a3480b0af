import type { AccessCase } from "../../test-support/access-case.js";
import { PARTNERSHIP_WORLD as P } from "../../test-support/partnership-world.js";

/**
 * Pooled rounds: groceryA carries for groceryB. The admin's console shows groceryA, so it speaks
 * for the carrier, like coordA; coordB speaks for the partner. People run in order (admin, coordA,
 * coordB…): a decision the first one makes is seen by the next as already made.
 */
export const accessCases: AccessCase[] = [
  { route: "GET /api/partnerships", request: () => ({ method: "GET", path: "/api/partnerships" }), expect: { anonymous: 401, admin: 200, coordA: 200, coordB: 200 }, otherwise: 403 },
  {
    route: "POST /api/partnerships",
    request: (w) => ({ method: "POST", path: "/api/partnerships", json: { organisationId: w.org.ccas, side: "carrier", weekdays: [2], validFrom: "2026-04-01", costKey: "orders" } }),
    expect: { anonymous: 401, admin: 201, coordA: 201, coordB: 201 },
    otherwise: 403,
  },
  {
    // Proposed by the carrier: only the partner decides.
    route: "POST /api/partnerships/:id/accept",
    request: () => ({ method: "POST", path: `/api/partnerships/${P.toAccept}/accept` }),
    expect: { anonymous: 401, admin: 403, coordA: 403, coordB: 200 },
    otherwise: 403,
  },
  {
    route: "POST /api/partnerships/:id/decline",
    request: () => ({ method: "POST", path: `/api/partnerships/${P.toDecline}/decline` }),
    expect: { anonymous: 401, admin: 403, coordA: 403, coordB: 200 },
    otherwise: 403,
  },
  {
    route: "POST /api/partnerships/:id/end",
    request: () => ({ method: "POST", path: `/api/partnerships/${P.toEnd}/end`, json: { reason: "La tournée du mardi s'arrête" } }),
    expect: { anonymous: 401, admin: 200, coordA: 409, coordB: 409 },
    otherwise: 403,
  },
  {
    route: "GET /api/partnerships/:id/deliveries",
    request: () => ({ method: "GET", path: `/api/partnerships/${P.active}/deliveries?from=2026-03-01&to=2026-03-31` }),
    expect: { anonymous: 401, admin: 200, coordA: 200, coordB: 200 },
    otherwise: 403,
  },
  {
    route: "GET /api/partnerships/:id/desk",
    request: () => ({ method: "GET", path: `/api/partnerships/${P.active}/desk` }),
    expect: { anonymous: 401, admin: 403, coordA: 403, coordB: 200 },
    otherwise: 403,
  },
  {
    // The world's passage closed to orders long ago: the partner is told so, the carrier may not place at all.
    route: "POST /api/partnerships/:id/deliveries",
    request: (w) => ({ method: "POST", path: `/api/partnerships/${P.active}/deliveries`, json: { householdId: w.households.inB, passageId: w.passages.driverA1, lines: [{ offerId: P.active, quantity: 1 }] } }),
    expect: { anonymous: 401, admin: 403, coordA: 403, coordB: 409 },
    otherwise: 403,
  },
  {
    route: "GET /api/partnerships/:id/statement",
    request: () => ({ method: "GET", path: `/api/partnerships/${P.active}/statement?month=2026-03` }),
    expect: { anonymous: 401, admin: 200, coordA: 200, coordB: 200 },
    otherwise: 403,
  },
  {
    // The carrier posts; the two have no network here, which it is told. The partner may not post.
    route: "POST /api/partnerships/:id/statements/:month/post",
    request: () => ({ method: "POST", path: `/api/partnerships/${P.active}/statements/2026-03/post` }),
    expect: { anonymous: 401, admin: 409, coordA: 409, coordB: 403 },
    otherwise: 403,
  },
  {
    // The partner's household: its own coordinators read its passages on the carrier's round; the carrier reads nothing of it.
    route: "GET /api/households/:id/shared-passages",
    request: (w) => ({ method: "GET", path: `/api/households/${w.households.inB}/shared-passages` }),
    expect: { anonymous: 401, admin: 404, coordA: 404, coordB: 200 },
    otherwise: 403,
  },
];
