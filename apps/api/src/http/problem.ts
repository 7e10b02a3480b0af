import type { Response } from "express";
import { ApiError, ERROR_CODES, type ErrorCode, type FieldError } from "./errors.js";

export function sendProblem(res: Response, code: ErrorCode, detail?: string, errors?: FieldError[]): void {
  const { status, title } = ERROR_CODES[code];
  const requestId = typeof res.locals.requestId === "string" ? res.locals.requestId : undefined;
  res
    .status(status)
    .type("application/problem+json")
    .json({
      type: `/api/docs#error-${code}`,
      title,
      status,
      code,
      ...(detail ? { detail } : {}),
      ...(errors?.length ? { errors } : {}),
      instance: res.req.originalUrl,
      ...(requestId ? { requestId } : {}),
    });
}

export function sendApiError(res: Response, error: ApiError): void {
  sendProblem(res, error.code, error.detail, error.errors);
}
