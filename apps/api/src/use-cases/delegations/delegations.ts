/**
 * Delegations: a household's consent that a relay (a town hall, a relative) orders for it. The
 * household's coordinators record it (with its date, what it covers and how it was given); the
 * household itself or its coordinators revoke it, after which the relay no longer reaches the
 * household. Each step is audited.
 */
import { localDateOf } from "@tournee/domain/calendar";
import type { DelegationInputSchema, DelegationScope } from "@tournee/domain";
import type { z } from "zod";
import type { Actor } from "../../auth/actor.js";
import { dbDate } from "../../db/db-date.js";
import type { Prisma } from "../../generated/prisma/client.js";
import { ApiError, notFound } from "../../http/errors.js";
import type { Services } from "../../services.js";
import { isStaffOf } from "../orders/ordering-household.js";
import { recordAudit } from "../record-audit.js";

const delegationInclude = {
  household: { select: { name: true } },
  user: { select: { id: true, displayName: true, memberships: { where: { role: "relay" }, select: { organisation: { select: { name: true } } } } } },
  recordedBy: { select: { displayName: true } },
  revokedBy: { select: { displayName: true } },
} satisfies Prisma.HouseholdAccessInclude;

type Row = Prisma.HouseholdAccessGetPayload<{ include: typeof delegationInclude }>;

const isScope = (c: string): c is DelegationScope => c === "order" || c === "pay";

function delegationView(a: Row) {
  return {
    id: a.id,
    householdId: a.householdId,
    householdName: a.household.name,
    relay: { id: a.user.id, displayName: a.user.displayName, organisationName: a.user.memberships[0]?.organisation.name ?? null },
    covers: a.covers.filter(isScope),
    grantedAt: a.grantedAt.toISOString(),
    evidence: a.note,
    recordedBy: a.recordedBy?.displayName ?? null,
    revokedAt: a.revokedAt?.toISOString() ?? null,
    revokedBy: a.revokedBy?.displayName ?? null,
  };
}

/** The household, if the person is one of its coordinators or the household itself. */
async function householdFor(services: Services, actor: Actor, householdId: string, { staffOnly = false } = {}) {
  const household = await services.db.prisma.household.findFirst({ where: { id: householdId, archivedAt: null }, select: { id: true, organisationId: true } });
  const own = actor.households.some((h) => h.id === householdId && h.relation === "own");
  if (!household || !(isStaffOf(actor, household.organisationId) || (own && !staffOnly))) throw notFound("household");
  return household;
}

export async function listDelegations({ services, actor, householdId }: { services: Services; actor: Actor; householdId: string }) {
  await householdFor(services, actor, householdId);
  const rows = await services.db.prisma.householdAccess.findMany({ where: { householdId, kind: "relay" }, include: delegationInclude, orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { grantedAt: "desc" }] });
  return rows.map(delegationView);
}

/** Relay accounts a coordinator may record a delegation to: people with the relay role. */
export async function listRelayAccounts({ services }: { services: Services }) {
  const users = await services.db.prisma.user.findMany({
    where: { disabledAt: null, memberships: { some: { role: "relay" } } },
    select: { id: true, displayName: true, memberships: { where: { role: "relay" }, select: { organisation: { select: { name: true } } } } },
    orderBy: { displayName: "asc" },
  });
  return users.map((u) => ({ id: u.id, displayName: u.displayName, organisationName: u.memberships[0]?.organisation.name ?? null }));
}

export async function recordDelegation({ services, actor, householdId, input }: { services: Services; actor: Actor; householdId: string; input: z.output<typeof DelegationInputSchema> }) {
  const prisma = services.db.prisma;
  const household = await householdFor(services, actor, householdId, { staffOnly: true });
  const now = services.now();
  const today = localDateOf(now);
  if (input.givenOn && input.givenOn > today) throw new ApiError("validation_failed", "a consent is given on a past day or today", [{ in: "body", path: "givenOn", message: "not in the future" }]);
  const relay = await prisma.user.count({ where: { id: input.relayUserId, disabledAt: null, memberships: { some: { role: "relay" } } } });
  if (!relay) throw new ApiError("validation_failed", "choose an account with the relay role", [{ in: "body", path: "relayUserId", message: "not a relay account" }]);
  const existing = await prisma.householdAccess.findUnique({ where: { householdId_userId: { householdId, userId: input.relayUserId } } });
  if (existing?.kind === "member") throw new ApiError("validation_failed", "this account is the household's own", [{ in: "body", path: "relayUserId", message: "the household's own account" }]);
  if (existing && !existing.revokedAt) throw new ApiError("conflict", "this relay already orders for the household; revoke the delegation first to record a new one");
  const data = {
    kind: "relay" as const, grantedAt: input.givenOn && input.givenOn < today ? dbDate(input.givenOn) : now, covers: input.covers, note: input.evidence,
    recordedById: actor.userId, revokedAt: null, revokedById: null,
  };
  const saved = await prisma.$transaction(async (tx) => {
    const row = existing
      ? await tx.householdAccess.update({ where: { id: existing.id }, data, include: delegationInclude })
      : await tx.householdAccess.create({ data: { ...data, householdId, userId: input.relayUserId }, include: delegationInclude });
    await recordAudit(tx, { actor, organisationId: household.organisationId, action: "delegate", entity: "HouseholdAccess", entityId: row.id, changes: { relayUserId: input.relayUserId, covers: input.covers, givenOn: input.givenOn ?? today } });
    return row;
  });
  return delegationView(saved);
}

export async function revokeDelegation({ services, actor, id, reason }: { services: Services; actor: Actor; id: string; reason?: string | undefined }) {
  const prisma = services.db.prisma;
  const access = await prisma.householdAccess.findFirst({ where: { id, kind: "relay" } });
  if (!access) throw notFound("delegation");
  const household = await householdFor(services, actor, access.householdId);
  const revoked = await prisma.$transaction(async (tx) => {
    const { count } = await tx.householdAccess.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: services.now(), revokedById: actor.userId } });
    if (!count) throw new ApiError("conflict", "this delegation is already revoked");
    await recordAudit(tx, { actor, organisationId: household.organisationId, action: "revoke", entity: "HouseholdAccess", entityId: id, changes: reason ? { reason } : undefined });
    return tx.householdAccess.findUniqueOrThrow({ where: { id }, include: delegationInclude });
  });
  return delegationView(revoked);
}
