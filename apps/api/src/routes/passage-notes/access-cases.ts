import type { AccessCase } from "../../test-support/access-case.js";

export const accessCases: AccessCase[] = [
  {
    route: "POST /api/passages/:id/notes",
    request: (w) => ({ method: "POST", path: `/api/passages/${w.passages.driverA1}/notes`, json: { text: "Prévenir Mme Martin : livraison vers 11 h" } }),
    expect: { anonymous: 401, admin: 201, coordA: 201, coordB: 404 },
    otherwise: 403,
  },
];
