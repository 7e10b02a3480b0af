/**
 * @tournee/domain — the API contract shared by the server and the web app:
 * zod schemas, their inferred types, and the domain's fixed vocabularies.
 * Schemas are named `XxxSchema`, their inferred types `Xxx`.
 * Price and calendar rules live in the `./pricing` and `./calendar` subpaths.
 */
export * from "./vocabulary.js";
export * from "./common.js";
export * from "./auth.js";
export * from "./organisations.js";
export * from "./households.js";
export * from "./tours.js";
export * from "./catalogue.js";
export * from "./producers.js";
export * from "./producer-statements.js";
export * from "./warehouse-drops.js";
export * from "./shortfalls.js";
export * from "./orders.js";
export * from "./planning.js";
export * from "./planning-runs.js";
export * from "./planning-days.js";
export * from "./planning-horizon.js";
export * from "./planning-job.js";
export * from "./passages.js";
export * from "./stops.js";
export * from "./vehicles.js";
export * from "./mileage.js";
export * from "./sites.js";
export * from "./addresses.js";
export * from "./imports.js";
export * from "./order-imports.js";
export * from "./round-alerts.js";
export * from "./contact.js";
export * from "./notifications.js";
export * from "./referrals.js";
export * from "./delegations.js";
export * from "./maps.js";
export * from "./order-desk.js";
export * from "./ledger.js";
export * from "./bakery.js";
export * from "./admin.js";
export * from "./communes.js";
export * from "./partnerships.js";
export * from "./amap.js";
