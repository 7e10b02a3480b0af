import type { AccessCase } from "../../test-support/access-case.js";
import { PEOPLE } from "../../test-support/access-case.js";

const COORDINATORS = { anonymous: 401, admin: 200, coordA: 200, coordB: 200 };
const everyone = (status: number) => Object.fromEntries(PEOPLE.map((p) => [p, status]));
const preferences = { email: null, mobile: "06 39 98 20 01", landline: null, viaRelay: false, quietStart: "20:00", quietEnd: "08:00", locale: "fr", channels: ["sms"] };
const TOKEN = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
const signedInOnly = Object.fromEntries(PEOPLE.map((p) => [p, p === "anonymous" ? 401 : 200]));
const SUBSCRIPTION = { endpoint: "https://push.example.org/device-1", keys: { p256dh: "BNcRdreALRFXTkOOUHK1EtK2wtaz5Ry4YfYCA_0QTpQtUbVlUls0VJXg7A8u-Ts1XbjhazAkj7I99e8QcYP7DkM", auth: "tBHItJI5svbpez7KI4CCXg" } };

export const accessCases: AccessCase[] = [
  { route: "GET /api/messages", request: () => ({ method: "GET", path: "/api/messages" }), expect: COORDINATORS, otherwise: 403 },
  { route: "GET /api/message-templates", request: () => ({ method: "GET", path: "/api/message-templates" }), expect: COORDINATORS, otherwise: 403 },
  {
    route: "PUT /api/message-templates/:kind/:locale",
    request: () => ({ method: "PUT", path: "/api/message-templates/day_before/fr", json: { subject: "Demain", body: "Le camion passe demain {{heure}}, {{lieu}}." } }),
    expect: COORDINATORS, otherwise: 403,
  },
  { route: "DELETE /api/message-templates/:kind/:locale", request: () => ({ method: "DELETE", path: "/api/message-templates/day_before/fr" }), expect: COORDINATORS, otherwise: 403 },
  {
    route: "POST /api/message-templates/preview",
    request: () => ({ method: "POST", path: "/api/message-templates/preview", json: { kind: "delay", locale: "fr", subject: "Retard", body: "Retard de {{retard}} minutes" } }),
    expect: COORDINATORS, otherwise: 403,
  },
  { route: "PUT /api/messaging-settings", request: () => ({ method: "PUT", path: "/api/messaging-settings", json: { senderName: "La tournée" } }), expect: COORDINATORS, otherwise: 403 },
  {
    route: "GET /api/households/:id/contact-preferences",
    request: (w) => ({ method: "GET", path: `/api/households/${w.households.own}/contact-preferences` }),
    expect: { anonymous: 401, admin: 200, coordA: 200, coordB: 404, resident: 200, relay: 404 }, otherwise: 403,
  },
  {
    route: "GET /api/households/:id/contact-preferences",
    request: (w) => ({ method: "GET", path: `/api/households/${w.households.delegated}/contact-preferences` }),
    expect: { anonymous: 401, admin: 200, coordA: 200, coordB: 404, resident: 404, relay: 200 }, otherwise: 403,
  },
  {
    route: "PUT /api/households/:id/contact-preferences",
    request: (w) => ({ method: "PUT", path: `/api/households/${w.households.own}/contact-preferences`, json: preferences }),
    expect: { anonymous: 401, admin: 200, coordA: 200, coordB: 404, resident: 200, relay: 404 }, otherwise: 403,
  },
  { route: "GET /api/opt-out/:token", request: () => ({ method: "GET", path: `/api/opt-out/${TOKEN}` }), expect: everyone(404), otherwise: 404 },
  { route: "POST /api/opt-out/:token", request: () => ({ method: "POST", path: `/api/opt-out/${TOKEN}` }), expect: everyone(404), otherwise: 404 },
  { route: "GET /api/push/key", request: () => ({ method: "GET", path: "/api/push/key" }), expect: signedInOnly, otherwise: 200 },
  { route: "POST /api/push/subscriptions", request: () => ({ method: "POST", path: "/api/push/subscriptions", json: SUBSCRIPTION }), expect: signedInOnly, otherwise: 200 },
  { route: "POST /api/push/subscriptions/remove", request: () => ({ method: "POST", path: "/api/push/subscriptions/remove", json: { endpoint: SUBSCRIPTION.endpoint } }), expect: signedInOnly, otherwise: 200 },
  // Without the provider's secret (none is configured here), callbacks are refused whoever calls.
  { route: "POST /api/notifications/webhook/receipts", request: () => ({ method: "POST", path: "/api/notifications/webhook/receipts", json: { id: "x", status: "delivered" } }), expect: everyone(401), otherwise: 401 },
  { route: "POST /api/notifications/webhook/replies", request: () => ({ method: "POST", path: "/api/notifications/webhook/replies", json: { from: "+33639982001", text: "STOP" } }), expect: everyone(401), otherwise: 401 },
  { route: "GET /api/notifications/ovh/receipts", request: () => ({ method: "GET", path: "/api/notifications/ovh/receipts?token=guess&id=1&dlr=1" }), expect: everyone(401), otherwise: 401 },
  { route: "GET /api/notifications/ovh/replies", request: () => ({ method: "GET", path: "/api/notifications/ovh/replies?token=guess&senderid=0033639982001&message=STOP" }), expect: everyone(401), otherwise: 401 },
];
