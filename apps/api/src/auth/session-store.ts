/**
 * Server-side sessions. The cookie carries a random token; the database keeps only its
 * SHA-256, so a leaked table opens no session. Sessions slide: 30 days after last use, which
 * outlives a driver's day (or week) offline.
 */
import { createHash, randomBytes } from "node:crypto";
import type { Database } from "../db/open-database.js";
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

interface SessionRow {
  id: string;
  csrfToken: string;
  expiresAt: Date;
  lastSeenAt: Date;
  userId: string;
  displayName: string;
  email: string | null;
  locale: string;
  disabledAt: Date | null;
  active: { id: string; name: string; kind: Actor["memberships"][number]["organisationKind"] } | null;
  memberships: (Actor["memberships"][number] & { createdAt: string })[];
  households: { id: string; name: string; kind: "member" | "relay" }[];
}

/**
 * Every request reads its session, so this is one statement rather than one query per relation,
 * on connections of its own (`Database.sessionReads`): under load each query waits its turn.
 */
const READ_SESSION = `
  SELECT s."id", s."csrfToken", s."expiresAt", s."lastSeenAt",
         u."id" AS "userId", u."displayName", u."email", u."locale", u."disabledAt",
         CASE WHEN ao."id" IS NULL THEN NULL
              ELSE json_build_object('id', ao."id", 'name', ao."name", 'kind', ao."kind") END AS "active",
         COALESCE((
           SELECT json_agg(json_build_object('organisationId', m."organisationId", 'organisationName', o."name",
                                             'organisationKind', o."kind", 'role', m."role", 'createdAt', m."createdAt"))
           FROM "Membership" m JOIN "Organisation" o ON o."id" = m."organisationId"
           WHERE m."userId" = u."id"), '[]'::json) AS "memberships",
         COALESCE((
           SELECT json_agg(json_build_object('id', h."id", 'name', h."name", 'kind', a."kind") ORDER BY a."grantedAt", h."name")
           FROM "HouseholdAccess" a JOIN "Household" h ON h."id" = a."householdId"
           WHERE a."userId" = u."id" AND a."revokedAt" IS NULL AND h."archivedAt" IS NULL), '[]'::json) AS "households"
  FROM "Session" s
  JOIN "User" u ON u."id" = s."userId"
  LEFT JOIN "Organisation" ao ON ao."id" = s."activeOrganisationId"
  WHERE s."tokenHash" = $1`;

/** The actor of a session token, or undefined when it is unknown, expired or the user disabled. */
export async function resolveSession(db: Pick<Database, "prisma" | "sessionReads">, token: string, now: Date): Promise<Actor | undefined> {
  const { prisma } = db;
  const [session] = await db.sessionReads.query<SessionRow>(READ_SESSION, [sha256(token)]);
  if (!session || session.expiresAt <= now || session.disabledAt) return undefined;
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await prisma.session.update({
      where: { id: session.id },
      data: { lastSeenAt: now, expiresAt: new Date(now.getTime() + SESSION_IDLE_DAYS * DAY_MS) },
    });
  }
  const memberships = session.memberships
    .sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt) || a.organisationName.localeCompare(b.organisationName, "fr"))
    .map(({ organisationId, organisationName, organisationKind, role }) => ({ organisationId, organisationName, organisationKind, role }));
  const chosen = session.active && maySwitchTo({ memberships }, session.active.id) ? session.active : undefined;
  const first = memberships.find((m) => m.role === "coordinator") ?? memberships.find((m) => m.role === "admin");
  return {
    userId: session.userId,
    displayName: session.displayName,
    email: session.email,
    locale: session.locale === "en" ? "en" : "fr",
    sessionId: session.id,
    csrfToken: session.csrfToken,
    memberships,
    activeOrganisation: chosen ?? (first ? { id: first.organisationId, name: first.organisationName, kind: first.organisationKind } : null),
    households: session.households.map((h) => ({ id: h.id, name: h.name, relation: h.kind === "member" ? "own" : "delegated" })),
  };
}

/** Makes `organisationId` the organisation the session's console shows (the caller checked the right to). */
export async function setActiveOrganisation(prisma: PrismaClient, sessionId: string, organisationId: string): Promise<void> {
  await prisma.session.update({ where: { id: sessionId }, data: { activeOrganisationId: organisationId } });
}
