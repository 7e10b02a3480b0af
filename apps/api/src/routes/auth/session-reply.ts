import type { Request, Response } from "express";
import type { Session } from "@tournee/domain";
import type { Actor } from "../../auth/actor.js";
import { createSession, resolveSession } from "../../auth/session-store.js";
import { setSessionCookie } from "../../auth/session-middleware.js";
import type { Services } from "../../services.js";
import type { Reply } from "../../http/route.js";
import { recordSignIn } from "../../use-cases/record-sign-in.js";

export function sessionBody(actor: Actor): Session {
  const { userId, displayName, email, locale, memberships, households, activeOrganisation, csrfToken } = actor;
  return { user: { id: userId, displayName, email, locale, memberships, households, activeOrganisation }, csrfToken };
}

/** Opens a session for a person who just proved who they are, and answers like GET /api/auth/me. */
export async function openSession(services: Services, req: Request, res: Response, userId: string): Promise<Reply> {
  await recordSignIn(services, userId);
  const { token, expiresAt } = await createSession(services.db.prisma, { userId, userAgent: req.get("user-agent"), now: services.now() });
  setSessionCookie(req, res, services, token, expiresAt);
  const actor = await resolveSession(services.db, token, services.now());
  if (!actor) throw new Error("a session just created could not be read back");
  return { body: sessionBody(actor) };
}
