/**
 * Administrators give and take roles per organisation, and disable or enable accounts (a
 * disabled account's sessions end at once). Nobody may leave the platform without an active
 * administrator, and nobody disables their own account.
 */
import type { RoleGrant } from "@tournee/domain";
import type { Actor } from "../../auth/actor.js";
import { Prisma } from "../../generated/prisma/client.js";
import { ApiError, forbidden, notFound } from "../../http/errors.js";
import type { Services } from "../../services.js";
import { recordAudit } from "../record-audit.js";
import { refuseRoundsToCome } from "../vehicles/rounds-to-come.js";
import { personInclude, personView } from "./person-view.js";

type Ctx = { services: Services; actor: Actor };
type Tx = Prisma.TransactionClient;

/** Refuses when no enabled account other than `userId` would still hold the admin role. */
async function keepAnAdmin(tx: Tx, userId: string): Promise<void> {
  const others = await tx.membership.count({ where: { role: "admin", userId: { not: userId }, user: { disabledAt: null } } });
  if (others === 0) throw new ApiError("last_admin", "this is the last active administrator: give the admin role to someone else first");
}

async function person(tx: Tx, id: string) {
  return personView(await tx.user.findUniqueOrThrow({ where: { id }, include: personInclude }));
}

export async function grantRole({ services, actor, userId, grant }: Ctx & { userId: string; grant: RoleGrant }) {
  const prisma = services.db.prisma;
  const [user, organisation] = await Promise.all([prisma.user.findUnique({ where: { id: userId } }), prisma.organisation.findUnique({ where: { id: grant.organisationId } })]);
  if (!user) throw notFound("person");
  if (!organisation) throw new ApiError("validation_failed", "unknown organisation", [{ in: "body", path: "organisationId", message: "unknown organisation" }]);
  try {
    return await prisma.$transaction(async (tx) => {
      await tx.membership.create({ data: { userId, ...grant } });
      await recordAudit(tx, { actor, organisationId: grant.organisationId, action: "grant_role", entity: "User", entityId: userId, changes: { role: grant.role } });
      return person(tx, userId);
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new ApiError("conflict", "this person already holds this role in this organisation");
    throw error;
  }
}

export async function revokeRole({ services, actor, userId, membershipId }: Ctx & { userId: string; membershipId: string }) {
  const prisma = services.db.prisma;
  const membership = await prisma.membership.findFirst({ where: { id: membershipId, userId } });
  if (!membership) throw notFound("role");
  return prisma.$transaction(async (tx) => {
    if (membership.role === "admin") await keepAnAdmin(tx, userId);
    if (membership.role === "driver") await refuseRoundsToCome(tx, services.now(), membership.organisationId, { driverId: userId }, "this driver");
    await tx.membership.delete({ where: { id: membershipId } });
    await recordAudit(tx, { actor, organisationId: membership.organisationId, action: "revoke_role", entity: "User", entityId: userId, changes: { role: membership.role } });
    return person(tx, userId);
  });
}

export async function setDisabled({ services, actor, userId, disabled }: Ctx & { userId: string; disabled: boolean }) {
  const prisma = services.db.prisma;
  if (disabled && userId === actor.userId) throw forbidden("you cannot disable your own account: ask another administrator");
  const user = await prisma.user.findUnique({ where: { id: userId }, include: { memberships: true } });
  if (!user) throw notFound("person");
  return prisma.$transaction(async (tx) => {
    if (disabled && user.memberships.some((m) => m.role === "admin")) await keepAnAdmin(tx, userId);
    await tx.user.update({ where: { id: userId }, data: { disabledAt: disabled ? services.now() : null } });
    const ended = disabled ? (await tx.session.deleteMany({ where: { userId } })).count : 0;
    await recordAudit(tx, { actor, organisationId: null, action: disabled ? "disable" : "enable", entity: "User", entityId: userId, changes: disabled ? { sessionsEnded: ended } : {} });
    return person(tx, userId);
  });
}
