import type { AccessCase } from "../../test-support/access-case.js";
import { ALERT_WORLD } from "../../test-support/world.js";

const COORDINATORS = { anonymous: 401, admin: 200, coordA: 200, coordB: 200 };

export const accessCases: AccessCase[] = [
  { route: "GET /api/round-alerts", request: () => ({ method: "GET", path: "/api/round-alerts?from=2026-03-09&to=2026-03-15" }), expect: COORDINATORS, otherwise: 403 },
  {
    // The first allowed caller settles it; the next one is told it is already settled.
    route: "POST /api/sync-conflicts/:id/resolve",
    request: () => ({ method: "POST", path: `/api/sync-conflicts/${ALERT_WORLD.conflict}/resolve`, json: { resolution: "Arrêt remis sur la bonne tournée" } }),
    expect: { anonymous: 401, admin: 200, coordA: 409, coordB: 404 },
    otherwise: 403,
  },
  {
    route: "POST /api/wellbeing-alerts/:id/acknowledge",
    request: () => ({ method: "POST", path: `/api/wellbeing-alerts/${ALERT_WORLD.wellbeing}/acknowledge`, json: {} }),
    expect: { anonymous: 401, admin: 200, coordA: 409, coordB: 404 },
    otherwise: 403,
  },
];
