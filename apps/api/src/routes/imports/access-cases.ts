import type { AccessCase } from "../../test-support/access-case.js";
import type { World } from "../../test-support/world.js";

const halts = (w: World) => ({ organisationId: w.org.groceryA, csv: "name;city;latitude;longitude\nPlace du marché;Guéret;46,17;1,87\n" });

export const accessCases: AccessCase[] = [
  {
    route: "POST /api/imports/:kind/preview",
    request: (w) => ({ method: "POST", path: "/api/imports/stops/preview", json: halts(w) }),
    expect: { anonymous: 401, admin: 200, coordA: 200, coordB: 403 },
    otherwise: 403,
  },
  {
    route: "POST /api/imports/:kind",
    request: (w) => ({ method: "POST", path: "/api/imports/stops", json: halts(w) }),
    expect: { anonymous: 401, admin: 200, coordA: 200, coordB: 403 },
    otherwise: 403,
  },
  {
    route: "GET /api/exports/:kind",
    request: (w) => ({ method: "GET", path: `/api/exports/households?organisationId=${w.org.groceryA}` }),
    expect: { anonymous: 401, admin: 200, coordA: 200, coordB: 403 },
    otherwise: 403,
  },
];
