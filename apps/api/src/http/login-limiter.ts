/**
 * Sign-in attempts are limited per client address and per (address, account): guessing is
 * slowed down, but nobody can lock a resident out of their account from elsewhere, because
 * no limit is kept per account alone.
 */
import type { NextFunction, Request, Response } from "express";
import { ipKeyGenerator, rateLimit } from "express-rate-limit";
import { sendProblem } from "./problem.js";

export interface LoginLimits {
  perAddress: number;
  perAddressAndAccount: number;
  windowMs: number;
}

export const DEFAULT_LOGIN_LIMITS: LoginLimits = { perAddress: 50, perAddressAndAccount: 10, windowMs: 15 * 60_000 };

export function loginLimiter(limits: LoginLimits) {
  const tooMany = (_req: Request, res: Response): void => {
    sendProblem(res, "too_many_requests", `too many sign-in attempts: try again in ${Math.ceil(limits.windowMs / 60_000)} minutes at most`);
  };
  const address = (req: Request): string => ipKeyGenerator(req.ip ?? "unknown");
  const account = (req: Request): string => {
    const body = req.body as { email?: unknown } | undefined;
    return typeof body?.email === "string" ? body.email.toLowerCase().slice(0, 254) : "code";
  };
  const limiters = [
    rateLimit({ windowMs: limits.windowMs, limit: limits.perAddress, standardHeaders: "draft-7", legacyHeaders: false, keyGenerator: address, handler: tooMany }),
    rateLimit({
      windowMs: limits.windowMs,
      limit: limits.perAddressAndAccount,
      standardHeaders: "draft-7",
      legacyHeaders: false,
      keyGenerator: (req) => `${address(req)}|${account(req)}`,
      handler: tooMany,
    }),
  ];
  return (req: Request, res: Response, next: NextFunction): void => {
    if (req.method !== "POST") return next();
    limiters[0]!(req, res, (err?: unknown) => (err ? next(err) : limiters[1]!(req, res, next)));
  };
}
