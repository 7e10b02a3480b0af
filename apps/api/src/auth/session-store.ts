/**
 * Server-side sessions. The cookie carries a random token; the database keeps only its
 * SHA-256, so a leaked table opens no session. Sessions slide: 30 days after last use, which
 * outlives a driver's day (or week) offline.
 */
import { createHash, randomBytes } from "node:crypto";
import type { PrismaClient } from "../generated/prisma/client.js";
import { maySwitchTo, type Actor } from "./actor.js";

export const SESSION_COOKIE = "tournee_session";
export const SESSION_IDLE_DAYS = 30;
const DAY_MS = 86_400_000;
const TOUCH_EVERY_MS = 5 * 60_000;

export const sha256 = (value: string): string => createHash("sha256").update(value).digest("hex");

export async function createSession(
  prisma: PrismaClient,
  { userId, userAgent, now }: { userId: string; userAgent: string | undefined; now: Date },
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + SESSION_IDLE_DAYS * DAY_MS);
  await prisma.session.create({
    data: { userId, tokenHash: sha256(token), csrfToken: randomBytes(24).toString("base64url"), expiresAt, userAgent: userAgent?.slice(0, 300) ?? null },
  });
  return { token, expiresAt };
}

export async function destroySession(prisma: PrismaClient, sessionId: string): Promise<void> {
  await prisma.session.deleteMany({ where: { id: sessionId } });
}

/** The actor of a session token, or undefined when it is unknown, expired or the user disabled. */
export async function resolveSession(prisma: PrismaClient, token: string, now: Date): Promise<Actor | undefined> {
  const session = await prisma.session.findUnique({
    where: { tokenHash: sha256(token) },
    include: {
      activeOrganisation: true,
      user: {
        include: {
          memberships: { include: { organisation: true } },
          householdAccess: { where: { revokedAt: null }, include: { household: true } },
        },
      },
    },
  });
  if (!session || session.expiresAt <= now || session.user.disabledAt) return undefined;
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await prisma.session.update({
      where: { id: session.id },
      data: { lastSeenAt: now, expiresAt: new Date(now.getTime() + SESSION_IDLE_DAYS * DAY_MS) },
    });
  }
  const { user } = session;
  const memberships = user.memberships
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.organisation.name.localeCompare(b.organisation.name, "fr"))
    .map((m) => ({ organisationId: m.organisationId, organisationName: m.organisation.name, organisationKind: m.organisation.kind, role: m.role }));
  const chosen = session.activeOrganisation && maySwitchTo({ memberships }, session.activeOrganisation.id) ? session.activeOrganisation : undefined;
  const first = memberships.find((m) => m.role === "coordinator") ?? memberships.find((m) => m.role === "admin");
  return {
    userId: user.id,
    displayName: user.displayName,
    email: user.email,
    locale: user.locale === "en" ? "en" : "fr",
    sessionId: session.id,
    csrfToken: session.csrfToken,
    memberships,
    activeOrganisation: chosen
      ? { id: chosen.id, name: chosen.name, kind: chosen.kind }
      : first ? { id: first.organisationId, name: first.organisationName, kind: first.organisationKind } : null,
    households: user.householdAccess
      .filter((a) => !a.household.archivedAt)
      .map((a) => ({ id: a.householdId, name: a.household.name, relation: a.kind === "member" ? "own" : "delegated" })),
  };
}

/** Makes `organisationId` the organisation the session's console shows (the caller checked the right to). */
export async function setActiveOrganisation(prisma: PrismaClient, sessionId: string, organisationId: string): Promise<void> {
  await prisma.session.update({ where: { id: sessionId }, data: { activeOrganisationId: organisationId } });
}
