import { signedIn, type AccessCase } from "../../test-support/access-case.js";

export const accessCases: AccessCase[] = [
  { route: "GET /api/organisations", request: () => ({ method: "GET", path: "/api/organisations" }), expect: signedIn(200), otherwise: 401 },
];
