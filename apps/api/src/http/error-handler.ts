/** Last-resort error handling: every failure becomes problem details; no HTML, no stack traces. */
import type { NextFunction, Request, Response } from "express";
import type { Logger } from "pino";
import { ApiError } from "./errors.js";
import { sendApiError, sendProblem } from "./problem.js";

interface BodyParserError {
  type?: string;
  status?: number;
}

export function errorHandler(log: Logger) {
  return (error: unknown, req: Request, res: Response, _next: NextFunction): void => {
    if (res.headersSent) {
      res.end();
      return;
    }
    if (error instanceof ApiError) return sendApiError(res, error);
    const parserError = error as BodyParserError;
    if (parserError.type === "entity.parse.failed") return sendProblem(res, "malformed_json", "the body is not valid JSON");
    if (parserError.type === "entity.too.large") return sendProblem(res, "payload_too_large");
    if (parserError.type === "charset.unsupported" || parserError.type === "encoding.unsupported") {
      return sendProblem(res, "unsupported_media_type", "send UTF-8 JSON");
    }
    if (parserError.status && parserError.status >= 400 && parserError.status < 500) {
      return sendProblem(res, "validation_failed", "the request could not be read");
    }
    log.error({ err: error, requestId: res.locals.requestId, url: req.originalUrl }, "unhandled error");
    sendProblem(res, "internal", "something went wrong on our side; give the requestId to support");
  };
}
