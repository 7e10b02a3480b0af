/**
 * @tournee/domain — the API contract shared by the server and the web app:
 * zod schemas, their inferred types, and the domain's fixed vocabularies.
 * Schemas are named `XxxSchema`, their inferred types `Xxx`.
 */
export * from "./vocabulary.js";
export * from "./common.js";
export * from "./auth.js";
