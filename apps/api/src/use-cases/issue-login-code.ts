/**
 * Gives a household's account a short one-time code (8 digits, valid 14 days) for people who
 * struggle with passwords. Creates the account if the household has none yet. Drivers get theirs
 * the same way (use-cases/drivers/driver-accounts.ts).
 */
import { randomInt } from "node:crypto";
import type { Actor } from "../auth/actor.js";
import type { Prisma } from "../generated/prisma/client.js";
import { coordinatedOrganisations } from "../auth/scopes.js";
import { codeSecret, hashLoginCode } from "../auth/login-code-hash.js";
import { notFound } from "../http/errors.js";
import type { Services } from "../services.js";
import { recordAudit } from "./record-audit.js";

const VALID_DAYS = 14;

export async function issueLoginCode({ services, actor, householdId }: { services: Services; actor: Actor; householdId: string }) {
  const prisma = services.db.prisma;
  const household = await prisma.household.findFirst({
    where: { id: householdId, organisationId: coordinatedOrganisations(actor), archivedAt: null },
    include: { access: { where: { kind: "member", revokedAt: null } } },
  });
  if (!household) throw notFound("household");
  return prisma.$transaction(async (tx) => {
    let userId = household.access[0]?.userId;
    if (!userId) {
      const user = await tx.user.create({ data: { displayName: household.name } });
      await tx.membership.create({ data: { userId: user.id, organisationId: household.organisationId, role: "resident" } });
      await tx.householdAccess.create({ data: { householdId, userId: user.id, kind: "member" } });
      userId = user.id;
    }
    await recordAudit(tx, { actor, organisationId: household.organisationId, action: "issue_login_code", entity: "Household", entityId: householdId });
    return newLoginCode(tx, { userId, issuedById: actor.userId, now: services.now(), secret: codeSecret(services.config) });
  });
}

/** A fresh code for an account; the codes it had not used yet stop working. */
export async function newLoginCode(tx: Prisma.TransactionClient, { userId, issuedById, now, secret }: { userId: string; issuedById: string; now: Date; secret: string }) {
  const code = String(randomInt(0, 100_000_000)).padStart(8, "0");
  const expiresAt = new Date(now.getTime() + VALID_DAYS * 86_400_000);
  await tx.loginCode.updateMany({ where: { userId, usedAt: null }, data: { expiresAt: now } });
  await tx.loginCode.create({ data: { userId, codeHash: hashLoginCode(code, secret), expiresAt, issuedById } });
  return { code: `${code.slice(0, 4)} ${code.slice(4)}`, expiresAt: expiresAt.toISOString() };
}
