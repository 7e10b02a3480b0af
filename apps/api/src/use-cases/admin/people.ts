/**
 * Administrators open accounts, by invitation or with a one-time code, and find people. No
 * message leaves the platform yet: the invitation is recorded and its one-time code is answered
 * once, for the administrator to hand over; the person signs in with it, then chooses a password.
 */
import type { PeopleQuerySchema, PersonInputSchema } from "@tournee/domain";
import type { z } from "zod";
import type { Actor } from "../../auth/actor.js";
import { codeSecret } from "../../auth/login-code-hash.js";
import { Prisma } from "../../generated/prisma/client.js";
import { ApiError, notFound } from "../../http/errors.js";
import type { Services } from "../../services.js";
import { newLoginCode } from "../issue-login-code.js";
import { recordAudit } from "../record-audit.js";
import { personInclude, personView } from "./person-view.js";

type Ctx = { services: Services; actor: Actor };

/** Where a one-time code signs the person in: the sign-in page with the code filled in. */
export const accessLink = (code: string) => `/connexion?code=${code.replace(/\s/g, "")}`;

export async function listPeople({ services, query }: Ctx & { query: z.output<typeof PeopleQuerySchema> }) {
  const search = query.search ? { OR: [{ displayName: { contains: query.search, mode: "insensitive" as const } }, { email: { contains: query.search.toLowerCase() } }] } : {};
  const rows = await services.db.prisma.user.findMany({
    where: {
      AND: [
        query.residents === "true" ? {} : { memberships: { some: { role: { not: "resident" } } } },
        query.organisationId ? { memberships: { some: { organisationId: query.organisationId } } } : {},
        search,
      ],
    },
    include: personInclude,
    orderBy: { displayName: "asc" },
    take: 500,
  });
  return rows.map(personView);
}

export async function createPerson({ services, actor, input }: Ctx & { input: z.output<typeof PersonInputSchema> }) {
  const prisma = services.db.prisma;
  const known = await prisma.organisation.findMany({ where: { id: { in: input.roles.map((r) => r.organisationId) } }, select: { id: true } });
  const unknown = input.roles.flatMap((r, i) => (known.some((o) => o.id === r.organisationId) ? [] : [{ in: "body" as const, path: `roles.${i}.organisationId`, message: "unknown organisation" }]));
  if (unknown.length) throw new ApiError("validation_failed", "a role names an organisation that does not exist", unknown);
  const now = services.now();
  const roles = [...new Map(input.roles.map((r) => [`${r.organisationId}|${r.role}`, r])).values()];
  try {
    return await prisma.$transaction(async (tx) => {
      const user = await tx.user.create({ data: { displayName: input.displayName, email: input.email ?? null, phone: input.phone ?? null } });
      await tx.membership.createMany({ data: roles.map((r) => ({ userId: user.id, ...r })) });
      const access = await newLoginCode(tx, { userId: user.id, issuedById: actor.userId, now, secret: codeSecret(services.config) });
      if (input.access === "invitation") await tx.invitation.create({ data: { userId: user.id, email: input.email!, invitedById: actor.userId, expiresAt: new Date(access.expiresAt) } });
      await recordAudit(tx, {
        actor, organisationId: roles[0]!.organisationId, action: input.access === "invitation" ? "invite" : "create", entity: "User", entityId: user.id,
        changes: { displayName: input.displayName, email: input.email ?? null, roles },
      });
      const person = await tx.user.findUniqueOrThrow({ where: { id: user.id }, include: personInclude });
      return { person: personView(person), access: { ...access, link: accessLink(access.code) } };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new ApiError("conflict", "an account already uses this e-mail address: find it in the list and give it a role instead", [{ in: "body", path: "email", message: "already used" }]);
    }
    throw error;
  }
}

/** A new one-time code for someone who lost theirs or never used it; earlier unused codes stop working. */
export async function issuePersonCode({ services, actor, id }: Ctx & { id: string }) {
  const user = await services.db.prisma.user.findUnique({ where: { id }, include: { memberships: { take: 1 } } });
  if (!user) throw notFound("person");
  if (user.disabledAt) throw new ApiError("conflict", "this account is disabled: enable it before giving it a code");
  return services.db.prisma.$transaction(async (tx) => {
    const access = await newLoginCode(tx, { userId: id, issuedById: actor.userId, now: services.now(), secret: codeSecret(services.config) });
    await recordAudit(tx, { actor, organisationId: user.memberships[0]?.organisationId ?? null, action: "issue_login_code", entity: "User", entityId: id });
    return { ...access, link: accessLink(access.code) };
  });
}
