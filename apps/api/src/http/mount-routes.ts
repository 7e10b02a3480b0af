/** Mounts route definitions: access, CSRF, validation, then the handler. Order matters: who before what. */
import type { NextFunction, Request, Response, Router } from "express";
import { z } from "zod";
import { hasRole, type Actor } from "../auth/actor.js";
import type { Services } from "../services.js";
import { ApiError } from "./errors.js";
import type { RouteDefinition } from "./route.js";
import { parsePart } from "./validate.js";

const EMPTY = z.strictObject({});
const UNSAFE = new Set(["post", "put", "patch", "delete"]);

export function mountRoutes(router: Router, routes: readonly RouteDefinition[], services: Services): void {
  for (const route of routes) {
    router[route.method](route.path, (req: Request, res: Response, next: NextFunction) => {
      handle(route, services, req, res).catch(next);
    });
  }
}

async function handle(route: RouteDefinition, services: Services, req: Request, res: Response): Promise<void> {
  const actor = res.locals.actor as Actor | undefined;
  checkAccess(route, actor);
  if (UNSAFE.has(route.method) && actor && !route.csrfExempt && req.get("x-csrf-token") !== actor.csrfToken) {
    throw new ApiError("csrf_failed");
  }
  const params = parsePart(route.params ?? EMPTY, { ...req.params }, "path");
  const query = parsePart(route.query ?? EMPTY, { ...(req.query as Record<string, unknown>) }, "query");
  const body = route.body ? parsePart(route.body, bodyOf(req), "body", route.decidesEachItem) : noBody(req);
  const reply = await route.handler({ params, query, body, actor, services, req, res });
  if (route.stream) return;
  for (const [name, value] of Object.entries(reply.headers ?? {})) res.setHeader(name, value);
  res.status(reply.status ?? route.successStatus ?? 200);
  if (reply.text !== undefined) res.send(reply.text);
  else if (reply.body === undefined) res.end();
  else res.json(reply.body);
}

function checkAccess(route: RouteDefinition, actor: Actor | undefined): void {
  if (route.access === "public") return;
  if (!actor) throw new ApiError("unauthenticated");
  if (route.access === "session") return;
  if (!hasRole(actor, route.access)) {
    throw new ApiError("forbidden", `this needs one of the roles: ${route.access.join(", ")}`);
  }
}

function bodyOf(req: Request): unknown {
  if (req.body === undefined && req.headers["content-length"] && !req.is("application/json")) {
    throw new ApiError("unsupported_media_type", "send the body as application/json");
  }
  return req.body ?? {};
}

/** Endpoints without a body schema take no body: anything sent is an error, not ignored. */
function noBody(req: Request): undefined {
  const hasBody = req.body !== undefined && !(typeof req.body === "object" && req.body !== null && Object.keys(req.body).length === 0);
  if (hasBody) throw new ApiError("validation_failed", "this endpoint takes no body", [{ in: "body", path: "(body)", message: "no body expected" }]);
  return undefined;
}
