import type { AccessCase } from "../../test-support/access-case.js";

export const accessCases: AccessCase[] = [
  { route: "GET /api/relay/households", request: () => ({ method: "GET", path: "/api/relay/households" }), expect: { anonymous: 401, relay: 200 }, otherwise: 403 },
];
