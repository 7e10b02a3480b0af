import type { AccessCase } from "../../test-support/access-case.js";
import { ACCEPTED_HOUSEHOLD, REFERRAL_WORLD } from "../../test-support/world-referrals.js";
import type { World } from "../../test-support/world.js";

const proposal = { participationRatePercent: 20, monthlyCapCents: 12000, validFrom: "2026-09-01", validTo: "2027-02-28" };
const newHousehold = (w: World) => ({
  organisationId: w.org.groceryA, ...proposal, shareAttendance: true,
  household: { name: "Mme Orientée", addressLine: "5 route de la Gare", postcode: "23000", city: "Guéret", phone: "06 39 98 00 01", peopleCount: 1 },
});
// The first allowed caller decides; the next one is told it is decided already.
const DECIDE = { anonymous: 401, admin: 200, coordA: 409, coordB: 404 };

export const accessCases: AccessCase[] = [
  { route: "GET /api/referrals", request: () => ({ method: "GET", path: "/api/referrals?status=pending" }), expect: { anonymous: 401, admin: 200, coordA: 200, coordB: 200, referrer: 200 }, otherwise: 403 },
  {
    route: "GET /api/referrals/:id",
    request: () => ({ method: "GET", path: `/api/referrals/${REFERRAL_WORLD.toRefuse}` }),
    expect: { anonymous: 401, admin: 200, coordA: 200, coordB: 404, referrer: 200 },
    otherwise: 403,
  },
  { route: "POST /api/referrals", request: (w) => ({ method: "POST", path: "/api/referrals", json: newHousehold(w) }), expect: { anonymous: 401, referrer: 201 }, otherwise: 403 },
  {
    route: "POST /api/referrals/renewals",
    request: (w) => ({ method: "POST", path: "/api/referrals/renewals", json: { householdId: w.households.referred, ...proposal } }),
    expect: { anonymous: 401, referrer: 201 },
    otherwise: 403,
  },
  {
    route: "POST /api/referrals/:id/accept",
    request: () => ({ method: "POST", path: `/api/referrals/${REFERRAL_WORLD.toAccept}/accept`, json: { household: ACCEPTED_HOUSEHOLD } }),
    expect: DECIDE,
    otherwise: 403,
  },
  {
    route: "POST /api/referrals/:id/refuse",
    request: () => ({ method: "POST", path: `/api/referrals/${REFERRAL_WORLD.toRefuse}/refuse`, json: { reason: "Revenus au-dessus du seuil" } }),
    expect: DECIDE,
    otherwise: 403,
  },
  { route: "POST /api/referrals/:id/withdraw", request: () => ({ method: "POST", path: `/api/referrals/${REFERRAL_WORLD.toWithdraw}/withdraw` }), expect: { anonymous: 401, referrer: 200 }, otherwise: 403 },
];
