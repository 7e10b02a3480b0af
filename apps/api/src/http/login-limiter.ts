/**
 * Sign-in attempts are limited by their FAILURES only, so people who sign in correctly are never
 * held back — a town hall or a family home where several residents sign in from one address —
 * while guessing stays slow:
 * - per client address, whatever is tried;
 * - per (address, account) for passwords, and per (address, "code") for one-time codes;
 * - per code prefix (its first 4 digits) from any address: spreading the guesses of one range
 *   of codes over many addresses does not make them cheaper, and only the few codes of that range
 *   can be slowed down by someone else's failures.
 * No limit is kept per account alone, so nobody can lock a resident out from elsewhere.
 */
import type { NextFunction, Request, Response } from "express";
import { ipKeyGenerator, rateLimit, type Options } from "express-rate-limit";
import { sendProblem } from "./problem.js";

export interface LoginLimits {
  /** Failed sign-ins from one address. */
  perAddress: number;
  /** Failed sign-ins from one address for one e-mail, or with one-time codes. */
  perAddressAndAccount: number;
  /** Failed code sign-ins for codes that start with the same 4 digits, from any address. */
  perCodePrefix: number;
  windowMs: number;
}

export const DEFAULT_LOGIN_LIMITS: LoginLimits = { perAddress: 50, perAddressAndAccount: 10, perCodePrefix: 10, windowMs: 15 * 60_000 };

/** The first 4 digits of a well-formed code sign-in (spaces and dashes aside), else null. */
function codePrefix(req: Request): string | null {
  const code = (req.body as { code?: unknown } | undefined)?.code;
  if (typeof code !== "string") return null;
  const digits = code.replace(/[\s-]/g, "");
  return /^\d{8}$/.test(digits) ? digits.slice(0, 4) : null;
}

export function loginLimiter(limits: LoginLimits) {
  const tooMany = (_req: Request, res: Response): void => {
    sendProblem(res, "too_many_requests", `too many failed sign-in attempts: try again in ${Math.ceil(limits.windowMs / 60_000)} minutes at most`);
  };
  const address = (req: Request): string => ipKeyGenerator(req.ip ?? "unknown");
  const account = (req: Request): string => {
    const body = req.body as { email?: unknown } | undefined;
    return typeof body?.email === "string" ? body.email.toLowerCase().slice(0, 254) : "code";
  };
  const failures = (limit: number, keyGenerator: (req: Request) => string, extra: Partial<Options> = {}) =>
    rateLimit({ windowMs: limits.windowMs, limit, standardHeaders: "draft-7", legacyHeaders: false, skipSuccessfulRequests: true, keyGenerator, handler: tooMany, ...extra });
  const limiters = [
    failures(limits.perAddress, address),
    failures(limits.perAddressAndAccount, (req) => `${address(req)}|${account(req)}`),
    failures(limits.perCodePrefix, (req) => `code:${codePrefix(req)}`, { skip: (req) => codePrefix(req) === null }),
  ];
  return (req: Request, res: Response, next: NextFunction): void => {
    if (req.method !== "POST") return next();
    const run = (i: number): void => {
      const limiter = limiters[i];
      if (!limiter) return next();
      void limiter(req, res, (err?: unknown) => (err ? next(err) : run(i + 1)));
    };
    run(0);
  };
}
