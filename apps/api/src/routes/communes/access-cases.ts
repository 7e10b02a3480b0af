import { signedIn, type AccessCase } from "../../test-support/access-case.js";

const hosts = { anonymous: 401, relay: 200 };
const consoles = { anonymous: 401, admin: 200, coordA: 200, coordB: 200 };

export const accessCases: AccessCase[] = [
  { route: "GET /api/hosted-halts", request: () => ({ method: "GET", path: "/api/hosted-halts" }), expect: hosts, otherwise: 403 },
  { route: "GET /api/hosted-halts/stats", request: () => ({ method: "GET", path: "/api/hosted-halts/stats" }), expect: hosts, otherwise: 403 },
  { route: "GET /api/halt-hosts", request: () => ({ method: "GET", path: "/api/halt-hosts" }), expect: consoles, otherwise: 403 },
  { route: "GET /api/commune-stats", request: () => ({ method: "GET", path: "/api/commune-stats?months=3" }), expect: consoles, otherwise: 403 },
  { route: "GET /api/commune-stats.csv", request: () => ({ method: "GET", path: "/api/commune-stats.csv" }), expect: consoles, otherwise: 403 },
  // The world's halt stands in Guéret: its page is public.
  { route: "GET /communes/:commune", request: () => ({ method: "GET", path: "/communes/gueret" }), expect: { ...signedIn(200), anonymous: 200 }, otherwise: 200 },
];
