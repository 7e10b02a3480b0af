import { PASSWORD } from "../../test-support/world.js";
import { signedIn, type AccessCase } from "../../test-support/access-case.js";

export const accessCases: AccessCase[] = [
  { route: "GET /api/auth/me", request: () => ({ method: "GET", path: "/api/auth/me" }), expect: signedIn(200), otherwise: 401 },
  { route: "PATCH /api/auth/me", request: () => ({ method: "PATCH", path: "/api/auth/me", json: { locale: "en" } }), expect: signedIn(200), otherwise: 401 },
  {
    route: "PUT /api/auth/me/password",
    request: () => ({ method: "PUT", path: "/api/auth/me/password", json: { currentPassword: PASSWORD, newPassword: PASSWORD } }),
    expect: signedIn(204),
    otherwise: 401,
  },
  {
    route: "PUT /api/auth/me/organisation",
    request: (w) => ({ method: "PUT", path: "/api/auth/me/organisation", json: { organisationId: w.org.groceryA } }),
    expect: { anonymous: 401, admin: 200, coordA: 200, coordB: 404 },
    otherwise: 403,
  },
  { route: "POST /api/auth/logout", request: () => ({ method: "POST", path: "/api/auth/logout" }), expect: signedIn(204), otherwise: 401 },
];
