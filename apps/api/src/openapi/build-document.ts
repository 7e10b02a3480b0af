/**
 * The OpenAPI 3.1 document, generated from the same zod schemas that validate requests,
 * so the documentation cannot drift from the code.
 */
import { ProblemSchema } from "@tournee/domain";
import { z } from "zod";
import { ERROR_CODES } from "../http/errors.js";
import type { RouteDefinition, Schema } from "../http/route.js";

type JsonSchema = Record<string, unknown>;

const toSchema = (schema: Schema, io: "input" | "output"): JsonSchema =>
  z.toJSONSchema(schema, { io, unrepresentable: "any", target: "draft-2020-12" }) as JsonSchema;

function parameters(schema: Schema | undefined, where: "path" | "query") {
  if (!schema) return [];
  const json = toSchema(schema, "input") as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name,
    in: where,
    required: where === "path" || (json.required ?? []).includes(name),
    schema: property,
  }));
}

const openApiPath = (path: string): string => path.replace(/:([A-Za-z]+)/g, "{$1}");

/**
 * A text/event-stream body: each event is `event: <name>` and `data: <JSON>`. OpenAPI 3.1 has no
 * word for the items of a stream, so the schema is one of the events ({ event, data }), and
 * `x-events` maps each event name to its data's schema.
 */
function eventStream(events: Record<string, Schema>) {
  const data = Object.fromEntries(Object.entries(events).map(([name, schema]) => [name, toSchema(schema, "output")]));
  return {
    schema: { oneOf: Object.entries(data).map(([name, schema]) => ({ type: "object", properties: { event: { const: name }, data: schema }, required: ["event", "data"] })) },
    "x-events": data,
  };
}

export function buildOpenApiDocument(routes: readonly RouteDefinition[], version: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const problem = { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } };
    const status = String(route.successStatus ?? 200);
    (paths[openApiPath(route.path)] ??= {})[route.method] = {
      operationId: `${route.method}${route.path.replace(/[/:-](\w)/g, (_m, c: string) => c.toUpperCase())}`,
      summary: route.summary,
      tags: [route.tag],
      "x-access": route.access,
      ...(route.access === "public" ? { security: [] } : {}),
      parameters: [...parameters(route.params, "path"), ...parameters(route.query, "query")],
      ...(route.body ? { requestBody: { required: true, content: { "application/json": { schema: toSchema(route.body, "input") } } } } : {}),
      responses: {
        [status]: route.response
          ? { description: "Success", content: { "application/json": { schema: toSchema(route.response, "output") } } }
          : route.events
            ? { description: "Server-sent events", content: { "text/event-stream": eventStream(route.events) } }
            : { description: "Success, no body" },
        "400": { description: "Invalid request", content: problem },
        ...(route.access === "public" ? {} : { "401": { description: "Not signed in", content: problem }, "403": { description: "Not allowed", content: problem } }),
        default: { description: "Error", content: problem },
      },
    };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Tournée API",
      version,
      description: "Logistics for rural solidarity services. Errors are RFC 9457 problem details; `code` is one of the documented error codes.",
    },
    servers: [{ url: "/" }],
    paths,
    components: {
      schemas: { Problem: toSchema(ProblemSchema, "output") },
      securitySchemes: {
        session: { type: "apiKey", in: "cookie", name: "tournee_session", description: "Session cookie from POST /api/auth/login; unsafe requests also need the X-CSRF-Token header." },
      },
    },
    security: [{ session: [] }],
    "x-error-codes": Object.fromEntries(Object.entries(ERROR_CODES).map(([code, e]) => [code, { status: e.status, title: e.title, when: e.when }])),
  };
}
