import type { AccessCase } from "../../test-support/access-case.js";

const NOWHERE = "00000000-0000-4000-8000-000000000000";

export const accessCases: AccessCase[] = [
  {
    // An unknown stop: refused for what it says once the person may write, so no passage is added.
    route: "POST /api/passages",
    request: (w) => ({ method: "POST", path: "/api/passages", json: { organisationId: w.org.groceryA, stopId: NOWHERE, date: "2031-03-04", from: "09:00", to: "10:00" } }),
    expect: { anonymous: 401, admin: 400, coordA: 400, coordB: 403 },
    otherwise: 403,
  },
];
