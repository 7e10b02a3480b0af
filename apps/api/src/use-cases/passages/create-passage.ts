/**
 * A one-off passage: a visit of a halt or a home drop on one date without a recurring round.
 * Its window is what residents are told; orders close at the organisation's usual cutoff; it is
 * planned with the day's other passages, and its orders take the one-off stock of its date
 * (offer stock with no round). One passage per stop and date, as for generated ones.
 */
import type { OneOffPassageInputSchema, ScheduledPassage } from "@tournee/domain";
import { cutoffFor, zonedToInstant } from "@tournee/domain/calendar";
import type { z } from "zod";
import type { Actor } from "../../auth/actor.js";
import { coordinatedOrganisations } from "../../auth/scopes.js";
import type { Passage, Stop } from "../../generated/prisma/client.js";
import { ApiError, forbidden } from "../../http/errors.js";
import type { Services } from "../../services.js";
import { dbDate, isoDate, timeOfMinute } from "../planning/coordinated-organisation.js";
import { recordAudit } from "../record-audit.js";

export function scheduledPassageView(p: Passage & { stop: Stop }): ScheduledPassage {
  return {
    id: p.id, organisationId: p.organisationId, date: isoDate(p.date), templateId: p.templateId,
    stop: { id: p.stop.id, kind: p.stop.kind, name: p.stop.name, city: p.stop.city },
    windowStart: p.windowStart.toISOString(), windowEnd: p.windowEnd.toISOString(), dwellMinutes: p.dwellMinutes, cutoffAt: p.cutoffAt.toISOString(), status: p.status,
  };
}

export async function createOneOffPassage({ services, actor, input }: { services: Services; actor: Actor; input: z.output<typeof OneOffPassageInputSchema> }) {
  const prisma = services.db.prisma;
  const organisation = await prisma.organisation.findFirst({ where: { id: { equals: input.organisationId, ...coordinatedOrganisations(actor) } } });
  if (!organisation) throw forbidden("you do not coordinate this organisation");
  const stop = await prisma.stop.findFirst({ where: { id: input.stopId, organisationId: organisation.id, archivedAt: null } });
  if (!stop) throw new ApiError("validation_failed", "stopId is not a halt or home drop of this organisation", [{ in: "body", path: "stopId", message: "choose one of the organisation's stops" }]);
  const existing = await prisma.passage.findUnique({ where: { stopId_date_organisationId: { stopId: stop.id, date: dbDate(input.date), organisationId: organisation.id } } });
  if (existing?.status === "scheduled") {
    throw new ApiError("conflict", `${stop.name} already has a passage on ${input.date} (${existing.id}); one passage per stop and date`);
  }
  const rule = { daysBefore: organisation.cutoffDaysBefore, time: timeOfMinute(organisation.cutoffMinute) };
  const fields = {
    dwellMinutes: input.dwellMinutes, status: "scheduled" as const, templateId: null, templateHaltId: null,
    windowStart: zonedToInstant(input.date, input.from, organisation.timeZone),
    windowEnd: zonedToInstant(input.date, input.to, organisation.timeZone),
    cutoffAt: cutoffFor(input.date, rule, organisation.timeZone),
  };
  const passage = await prisma.$transaction(async (tx) => {
    const saved = existing
      ? await tx.passage.update({ where: { id: existing.id }, data: fields, include: { stop: true } })
      : await tx.passage.create({ data: { ...fields, organisationId: organisation.id, stopId: stop.id, date: dbDate(input.date) }, include: { stop: true } });
    await recordAudit(tx, { actor, organisationId: organisation.id, action: "create", entity: "Passage", entityId: saved.id, changes: input });
    return saved;
  });
  return scheduledPassageView(passage);
}
