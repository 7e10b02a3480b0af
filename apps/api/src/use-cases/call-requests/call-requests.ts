/** The calls the coordination owes, and marking one done with what was done. Coordinators of the organisation only. */
import type { Actor } from "../../auth/actor.js";
import { coordinatedOrganisations } from "../../auth/scopes.js";
import { isoDate } from "../../db/db-date.js";
import { ApiError, notFound } from "../../http/errors.js";
import type { Services } from "../../services.js";
import { recordAudit } from "../record-audit.js";
import { CALL_REASON_BEYOND_LIMIT } from "./request-call.js";

export async function listOpenCallRequests({ services, actor }: { services: Services; actor: Actor }) {
  const rows = await services.db.prisma.callRequest.findMany({
    where: { organisationId: coordinatedOrganisations(actor), doneAt: null },
    include: {
      household: { select: { name: true } },
      passage: { select: { date: true } },
      requestedBy: { select: { displayName: true, phone: true, memberships: { select: { role: true, organisation: { select: { name: true } } } } } },
    },
    orderBy: { createdAt: "asc" },
  });
  return rows.map((r) => ({
    id: r.id,
    householdId: r.householdId,
    householdName: r.household.name,
    passageDate: r.passage ? isoDate(r.passage.date) : null,
    reason: CALL_REASON_BEYOND_LIMIT,
    requestedBy: {
      displayName: r.requestedBy.displayName,
      phone: r.requestedBy.phone,
      organisationName: r.requestedBy.memberships.find((m) => m.role === "relay")?.organisation.name ?? null,
    },
    createdAt: r.createdAt.toISOString(),
  }));
}

export async function markCallDone({ services, actor, id, outcome }: { services: Services; actor: Actor; id: string; outcome: string }): Promise<void> {
  const prisma = services.db.prisma;
  const request = await prisma.callRequest.findFirst({ where: { id, organisationId: coordinatedOrganisations(actor) } });
  if (!request) throw notFound("call request");
  await prisma.$transaction(async (tx) => {
    const { count } = await tx.callRequest.updateMany({ where: { id, doneAt: null }, data: { doneAt: services.now(), doneById: actor.userId, outcome } });
    if (!count) throw new ApiError("conflict", "this call is already marked done; reload the list");
    await recordAudit(tx, { actor, organisationId: request.organisationId, action: "done", entity: "CallRequest", entityId: id, changes: { outcome } });
  });
}
