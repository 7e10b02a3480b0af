/** The Express application: security headers, logs, health, the API routes, the web app, errors. */
import express, { type Express } from "express";
import { sessionMiddleware } from "./auth/session-middleware.js";
import { cors } from "./http/cors.js";
import { errorHandler } from "./http/error-handler.js";
import { mountHealth } from "./http/health.js";
import { DEFAULT_LOGIN_LIMITS, loginLimiter, type LoginLimits } from "./http/login-limiter.js";
import { mountRoutes } from "./http/mount-routes.js";
import { sendProblem } from "./http/problem.js";
import { requestLog } from "./http/request-log.js";
import { securityHeaders } from "./http/security-headers.js";
import type { RouteDefinition } from "./http/route.js";
import { mountVectorTiles } from "./http/vector-tiles.js";
import { mountWebApp } from "./http/web-app.js";
import { buildOpenApiDocument } from "./openapi/build-document.js";
import { renderDocsPage } from "./openapi/docs-page.js";
import { routes as allRoutes } from "./routes/index.js";
import type { Services } from "./services.js";

export const API_VERSION = "0.1.0";

export interface AppOptions {
  routes?: readonly RouteDefinition[];
  loginLimits?: LoginLimits;
}

export function createApp(services: Services, { routes = allRoutes, loginLimits = DEFAULT_LOGIN_LIMITS }: AppOptions = {}): Express {
  const { config } = services;
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", config.TRUST_PROXY);
  app.use(requestLog(services.log));
  app.use(securityHeaders(config));
  app.use(cors(config.CORS_ORIGINS));
  mountHealth(app, services);

  const openapi = buildOpenApiDocument(routes, API_VERSION);
  const api = express.Router();
  api.use(express.json({ limit: "1mb", strict: true }));
  api.use(["/auth/login", "/auth/login-code"], loginLimiter(loginLimits));
  api.use(sessionMiddleware(services));
  api.get("/openapi.json", (_req, res) => void res.json(openapi));
  api.get("/docs", (_req, res) => void res.type("html").send(renderDocsPage(openapi)));
  app.use("/api", api);
  mountRoutes(app, routes, services);
  app.use("/api", (_req, res) => sendProblem(res, "route_not_found"));

  if (config.TILES_PATH) mountVectorTiles(app, config.TILES_PATH);
  if (config.webDist) mountWebApp(app, config.webDist);
  app.use((_req, res) => sendProblem(res, "route_not_found"));
  app.use(errorHandler(services.log));
  return app;
}
