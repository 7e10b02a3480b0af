/**
 * A coordinator writes to the driver of a passage's round. It is a DriverNote authored by the
 * coordinator: the driver's phone gets it by pull as `note.from_coordinator` ({ passageId, text }).
 * The feed entry `note.sent` carries no tour, so the pull does not deliver it a second time.
 */
import type { PassageNote } from "@tournee/domain";
import type { Actor } from "../../auth/actor.js";
import { coordinatedOrganisations } from "../../auth/scopes.js";
import { notFound } from "../../http/errors.js";
import type { Services } from "../../services.js";
import { recordAudit } from "../record-audit.js";
import { recordFollowUp } from "../round-alerts/follow-up-change.js";

export async function addPassageNote({ services, actor, passageId, text }: { services: Services; actor: Actor; passageId: string; text: string }): Promise<PassageNote> {
  const now = services.now();
  return services.db.prisma.$transaction(async (tx) => {
    const passage = await tx.passage.findFirst({ where: { id: passageId, organisationId: coordinatedOrganisations(actor) }, select: { id: true, organisationId: true, date: true, tourId: true } });
    if (!passage) throw notFound("passage");
    const note = await tx.driverNote.create({ data: { passageId: passage.id, authorId: actor.userId, text, deviceTime: now, receivedAt: now } });
    await recordAudit(tx, { actor, organisationId: passage.organisationId, action: "create", entity: "DriverNote", entityId: note.id, changes: { passageId: passage.id, text } });
    await recordFollowUp(tx, { organisationId: passage.organisationId, tourId: null, date: passage.date, kind: "note.sent", entityId: note.id, payload: { passageId: passage.id, roundId: passage.tourId, text, author: actor.displayName }, at: now });
    return { id: note.id, passageId: note.passageId, text: note.text, at: note.receivedAt.toISOString() };
  });
}
