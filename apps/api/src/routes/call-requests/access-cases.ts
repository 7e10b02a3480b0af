import type { AccessCase } from "../../test-support/access-case.js";
import { ALERT_WORLD } from "../../test-support/world.js";

export const accessCases: AccessCase[] = [
  { route: "GET /api/call-requests", request: () => ({ method: "GET", path: "/api/call-requests" }), expect: { anonymous: 401, admin: 200, coordA: 200, coordB: 200 }, otherwise: 403 },
  {
    // The first allowed caller marks it done; the next one is told it already is.
    route: "POST /api/call-requests/:id/done",
    request: () => ({ method: "POST", path: `/api/call-requests/${ALERT_WORLD.callRequest}/done`, json: { outcome: "Appelé la mairie : commande allégée" } }),
    expect: { anonymous: 401, admin: 204, coordA: 409, coordB: 404 },
    otherwise: 403,
  },
];
