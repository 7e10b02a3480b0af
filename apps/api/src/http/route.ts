/**
 * An endpoint as data: method, path, who may call it, the zod schemas of what it takes and
 * answers, and a handler. The same definitions mount the Express routes, generate the
 * OpenAPI document and drive the route × role and fuzz tests.
 */
import type { Role } from "@tournee/domain";
import type { Request, Response } from "express";
import type { z } from "zod";
import type { Actor } from "../auth/actor.js";
import type { Services } from "../services.js";

export type Method = "get" | "post" | "put" | "patch" | "delete";

/** `public`: anyone; `session`: any signed-in person; otherwise the roles allowed. */
export type Access = "public" | "session" | readonly Role[];

/**
 * Any zod schema: the domain's (written with `zod/mini`, as the phone bundles them) or one the API
 * writes with the full `zod` API; both share zod's core, which parses them and reports issues alike.
 */
export type Schema<T = unknown> = z.core.$ZodType<T>;

type ZodObjectLike = Schema<Record<string, unknown>>;

export interface RouteContext<P, Q, B, A = Actor | undefined> {
  params: P;
  query: Q;
  body: B;
  /** The signed-in person; always set unless the route is public (mount-routes checks it). */
  actor: A;
  services: Services;
  req: Request;
  res: Response;
}

export interface Reply {
  status?: number;
  body?: unknown;
  /** A text body sent as is (HTML, CSV); say its type in `headers`. */
  text?: string;
  headers?: Record<string, string>;
}

export interface RouteDefinition<P = unknown, Q = unknown, B = unknown> {
  method: Method;
  /** Express path, e.g. `/api/households/:id`. */
  path: string;
  summary: string;
  tag: string;
  access: Access;
  params?: ZodObjectLike;
  query?: ZodObjectLike;
  body?: Schema;
  /** Schema of the success answer, for the OpenAPI document. */
  response?: Schema;
  successStatus?: number;
  /** Whether an unsafe request may skip the CSRF token (sign-in: there is no session yet). */
  csrfExempt?: boolean;
  /** The handler writes the response itself through `res` (server-sent events); its reply is ignored. */
  stream?: boolean;
  /** Server-sent events a stream sends: event name → schema of its `data` (documented as text/event-stream). */
  events?: Record<string, Schema>;
  /**
   * The handler judges each item of the body on its own, including text that cannot be stored
   * (a sync push: one bad change is rejected, never the whole batch).
   */
  decidesEachItem?: boolean;
  handler(ctx: RouteContext<P, Q, B>): Promise<Reply>;
}

export function defineRoute<
  PS extends ZodObjectLike | undefined = undefined,
  QS extends ZodObjectLike | undefined = undefined,
  BS extends Schema | undefined = undefined,
  const A extends Access = Access,
>(
  route: Omit<RouteDefinition, "handler" | "params" | "query" | "body" | "access"> & {
    access: A;
    params?: PS;
    query?: QS;
    body?: BS;
    handler(
      ctx: RouteContext<
        PS extends Schema ? z.output<PS> : Record<string, never>,
        QS extends Schema ? z.output<QS> : Record<string, never>,
        BS extends Schema ? z.output<BS> : undefined,
        A extends "public" ? Actor | undefined : Actor
      >,
    ): Promise<Reply>;
  },
): RouteDefinition {
  return route as RouteDefinition;
}
