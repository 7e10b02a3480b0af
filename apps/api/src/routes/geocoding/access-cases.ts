import type { AccessCase } from "../../test-support/access-case.js";

export const accessCases: AccessCase[] = [
  {
    // The test app has no address service (TOURNEE_GEOCODER_URL=none): allowed callers learn it is off.
    route: "GET /api/geocoding/search",
    request: () => ({ method: "GET", path: "/api/geocoding/search?q=3%20route%20de%20Saint-Simon" }),
    expect: { anonymous: 401, admin: 404, coordA: 404, coordB: 404 },
    otherwise: 403,
  },
];
