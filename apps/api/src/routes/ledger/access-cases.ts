import type { AccessCase } from "../../test-support/access-case.js";
import { LEDGER_WORLD as L } from "../../test-support/ledger-world.js";

/**
 * Mutual credit between groceryA (coordA) and groceryB (coordB). People run in order (admin,
 * coordA, coordB…), so a write the admin makes first is seen by the next caller as done.
 */
export const accessCases: AccessCase[] = [
  { route: "GET /api/ledger", request: () => ({ method: "GET", path: "/api/ledger" }), expect: { anonymous: 401, admin: 200, coordA: 200, coordB: 200 }, otherwise: 403 },
  {
    route: "GET /api/ledger/accounts/:id/statement",
    request: () => ({ method: "GET", path: `/api/ledger/accounts/${L.accountA}/statement?month=2026-03` }),
    expect: { anonymous: 401, admin: 200, coordA: 200, coordB: 404 },
    otherwise: 403,
  },
  {
    route: "GET /api/ledger/accounts/:id/statement.csv",
    request: () => ({ method: "GET", path: `/api/ledger/accounts/${L.accountB}/statement.csv?month=2026-03` }),
    expect: { anonymous: 401, admin: 200, coordA: 404, coordB: 200 },
    otherwise: 403,
  },
  {
    route: "GET /api/ledger/accounts/:id/statement/sheet",
    request: () => ({ method: "GET", path: `/api/ledger/accounts/${L.accountA}/statement/sheet?month=2026-03` }),
    expect: { anonymous: 401, admin: 200, coordA: 200, coordB: 404 },
    otherwise: 403,
  },
  {
    route: "PUT /api/ledger/accounts/:id/limits",
    request: () => ({ method: "PUT", path: `/api/ledger/accounts/${L.accountB}/limits`, json: { creditLimit: 600, ceiling: 1000 } }),
    expect: { anonymous: 401, admin: 204 },
    otherwise: 403,
  },
  {
    // Same key: the admin records it, coordA's identical request answers the claim already recorded.
    route: "POST /api/ledger/claims",
    request: () => ({ method: "POST", path: "/api/ledger/claims", json: { key: "access-claim-0001", creditorAccountId: L.accountA, debtorAccountId: L.accountB, amount: 3, description: "Tournée partagée", serviceDate: "2026-03-10" } }),
    expect: { anonymous: 401, admin: 201, coordA: 200, coordB: 404 },
    otherwise: 403,
  },
  {
    route: "POST /api/ledger/claims/:id/accept",
    request: () => ({ method: "POST", path: `/api/ledger/claims/${L.claimToAccept}/accept` }),
    expect: { anonymous: 401, admin: 200, coordA: 403, coordB: 409 },
    otherwise: 403,
  },
  {
    route: "POST /api/ledger/claims/:id/dispute",
    request: () => ({ method: "POST", path: `/api/ledger/claims/${L.claimToDispute}/dispute`, json: { reason: "Le pain n'a pas été livré ce jour-là" } }),
    expect: { anonymous: 401, admin: 200, coordA: 403, coordB: 409 },
    otherwise: 403,
  },
  {
    route: "POST /api/ledger/claims/:id/withdraw",
    request: () => ({ method: "POST", path: `/api/ledger/claims/${L.claimToWithdraw}/withdraw` }),
    expect: { anonymous: 401, admin: 200, coordA: 409, coordB: 403 },
    otherwise: 403,
  },
  {
    route: "POST /api/ledger/entries/:id/reverse",
    request: () => ({ method: "POST", path: `/api/ledger/entries/${L.entry}/reverse`, json: { key: "access-reverse-01", reason: "Salle prêtée deux fois par erreur" } }),
    expect: { anonymous: 401, admin: 201, coordA: 200, coordB: 403 },
    otherwise: 403,
  },
];
