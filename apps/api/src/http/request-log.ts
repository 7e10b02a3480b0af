import { randomUUID } from "node:crypto";
import type { Request, Response } from "express";
import type { Logger } from "pino";
import { pinoHttp } from "pino-http";

const SAFE_ID = /^[A-Za-z0-9._-]{1,64}$/;

/**
 * The URL as logged: the path only. Query strings carry what people search for (a household's
 * name, a typed address), which has no place in access logs.
 */
export function loggedUrl(url: string): string {
  const at = url.indexOf("?");
  return at === -1 ? url : `${url.slice(0, at)}?…`;
}

/** Structured access logs; every request gets an id (the caller's X-Request-Id when it is sane). */
export function requestLog(logger: Logger) {
  return pinoHttp({
    logger,
    genReqId(req: Request, res: Response) {
      const given = req.get("x-request-id");
      const id = given && SAFE_ID.test(given) ? given : randomUUID();
      res.locals.requestId = id;
      res.setHeader("X-Request-Id", id);
      return id;
    },
    customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? "error" : res.statusCode >= 400 ? "warn" : "info"),
    serializers: {
      req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, url: loggedUrl(req.url) }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  });
}
