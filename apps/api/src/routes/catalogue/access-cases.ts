import type { AccessCase } from "../../test-support/access-case.js";

const STAFF = { anonymous: 401, admin: 200, coordA: 200, coordB: 200 };

export const accessCases: AccessCase[] = [
  {
    route: "GET /api/passages",
    request: (w) => ({ method: "GET", path: `/api/passages?householdId=${w.households.own}&from=2030-01-01` }),
    expect: { anonymous: 401, admin: 200, coordA: 200, coordB: 404, relay: 404, resident: 200 },
    otherwise: 403,
  },
  {
    route: "GET /api/passages/:id/catalogue",
    request: (w) => ({ method: "GET", path: `/api/passages/${w.catalogue.passages.open}/catalogue?householdId=${w.households.delegated}` }),
    expect: { anonymous: 401, admin: 200, coordA: 200, coordB: 404, relay: 200, resident: 404 },
    otherwise: 403,
  },
  { route: "GET /api/products", request: () => ({ method: "GET", path: "/api/products" }), expect: STAFF, otherwise: 403 },
  {
    route: "POST /api/products",
    request: (w) => ({
      method: "POST", path: "/api/products",
      json: { organisationId: w.org.groceryA, sku: "HUILE-1L", name: "Huile 1 L", shelf: "Épicerie salée", unit: "bouteille", kind: "grocery", compartment: "ambient", referencePriceCents: 289 },
    }),
    // The first call creates the product; the coordinator's identical one is a duplicate SKU.
    expect: { anonymous: 401, admin: 201, coordA: 409, coordB: 403 },
    otherwise: 403,
  },
  {
    route: "PATCH /api/products/:id",
    request: (w) => ({ method: "PATCH", path: `/api/products/${w.catalogue.products.unoffered}`, json: { shelf: "Féculents" } }),
    expect: { anonymous: 401, admin: 200, coordA: 200, coordB: 404 },
    otherwise: 403,
  },
  { route: "GET /api/offers", request: () => ({ method: "GET", path: "/api/offers" }), expect: STAFF, otherwise: 403 },
  {
    route: "POST /api/offers",
    request: (w) => ({ method: "POST", path: "/api/offers", json: { organisationId: w.org.groceryA, productId: w.catalogue.products.unoffered } }),
    expect: { anonymous: 401, admin: 201, coordA: 409, coordB: 403 },
    otherwise: 403,
  },
  {
    route: "PATCH /api/offers/:id",
    request: (w) => ({ method: "PATCH", path: `/api/offers/${w.catalogue.offers.bread}`, json: { socialPricing: false } }),
    expect: { anonymous: 401, admin: 200, coordA: 200, coordB: 404 },
    otherwise: 403,
  },
  {
    route: "PUT /api/offers/:id/stock",
    request: (w) => ({ method: "PUT", path: `/api/offers/${w.catalogue.offers.bread}/stock`, json: { templateId: w.catalogue.templateId, date: "2030-01-15", quantity: 900 } }),
    expect: { anonymous: 401, admin: 200, coordA: 200, coordB: 404 },
    otherwise: 403,
  },
  {
    route: "PUT /api/offer-stock",
    request: (w) => ({ method: "PUT", path: "/api/offer-stock", json: { organisationId: w.org.groceryA, entries: [{ offerId: w.catalogue.offers.bread, templateId: w.catalogue.templateId, date: "2030-01-16", quantity: 900 }] } }),
    expect: { anonymous: 401, admin: 200, coordA: 200, coordB: 403 },
    otherwise: 403,
  },
  {
    route: "GET /api/offers/:id/stock",
    request: (w) => ({ method: "GET", path: `/api/offers/${w.catalogue.offers.bread}/stock?from=2030-01-01` }),
    expect: { anonymous: 401, admin: 200, coordA: 200, coordB: 404 },
    otherwise: 403,
  },
  {
    route: "GET /api/eligibility-reminders",
    request: () => ({ method: "GET", path: "/api/eligibility-reminders" }),
    expect: { ...STAFF, referrer: 200 },
    otherwise: 403,
  },
];
