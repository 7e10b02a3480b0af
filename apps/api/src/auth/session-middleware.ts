import type { NextFunction, Request, Response } from "express";
import { readCookie } from "../http/cookies.js";
import { overHttps } from "../http/security-headers.js";
import type { Services } from "../services.js";
import { resolveSession, SESSION_COOKIE } from "./session-store.js";

/** Puts the signed-in person, if any, in `res.locals.actor`. Routes decide whether one is needed. */
export function sessionMiddleware(services: Services) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const token = readCookie(req, SESSION_COOKIE);
    if (!token || token.length > 100) return next();
    resolveSession(services.db, token, services.now()).then((actor) => {
      res.locals.actor = actor;
      next();
    }, next);
  };
}

export function setSessionCookie(req: Request, res: Response, services: Services, token: string, expiresAt: Date): void {
  res.cookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    secure: overHttps(req, services.config),
    path: "/",
    expires: expiresAt,
  });
}

export function clearSessionCookie(req: Request, res: Response, services: Services): void {
  res.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: "lax", secure: overHttps(req, services.config), path: "/" });
}
