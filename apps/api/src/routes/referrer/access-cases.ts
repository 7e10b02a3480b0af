import type { AccessCase } from "../../test-support/access-case.js";

export const accessCases: AccessCase[] = [
  { route: "GET /api/referrer/households", request: () => ({ method: "GET", path: "/api/referrer/households" }), expect: { anonymous: 401, referrer: 200 }, otherwise: 403 },
  {
    route: "GET /api/referrer/households/:id",
    request: (w) => ({ method: "GET", path: `/api/referrer/households/${w.households.referred}` }),
    expect: { anonymous: 401, referrer: 200 },
    otherwise: 403,
  },
  {
    // Another household of the same grocery, which she did not refer: not found for her.
    route: "GET /api/referrer/households/:id",
    request: (w) => ({ method: "GET", path: `/api/referrer/households/${w.households.other}` }),
    expect: { anonymous: 401, referrer: 404 },
    otherwise: 403,
  },
  { route: "GET /api/referrer/groceries", request: () => ({ method: "GET", path: "/api/referrer/groceries" }), expect: { anonymous: 401, referrer: 200 }, otherwise: 403 },
];
