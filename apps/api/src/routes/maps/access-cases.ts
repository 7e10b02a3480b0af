import { signedIn, type AccessCase } from "../../test-support/access-case.js";

export const accessCases: AccessCase[] = [{ route: "GET /api/map", request: () => ({ method: "GET", path: "/api/map" }), expect: signedIn(200), otherwise: 401 }];
