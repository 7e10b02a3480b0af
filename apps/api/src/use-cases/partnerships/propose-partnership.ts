/**
 * One organisation proposes a pooled round to another: it carries the other's deliveries, or asks
 * the other to carry its own. Nothing is carried until the other side accepts.
 */
import type { PartnershipCreate } from "@tournee/domain";
import type { Actor } from "../../auth/actor.js";
import { dbDate } from "../../db/db-date.js";
import { ApiError } from "../../http/errors.js";
import type { Services } from "../../services.js";
import { recordAudit } from "../record-audit.js";
import { consoleOrganisation } from "./console-organisation.js";
import { PARTNERSHIP_INCLUDE, partnershipView } from "./partnership-records.js";

export async function proposePartnership({ services, actor, input }: { services: Services; actor: Actor; input: PartnershipCreate }) {
  const prisma = services.db.prisma;
  const ours = consoleOrganisation(actor);
  if (input.organisationId === ours) throw new ApiError("validation_failed", "a partnership is between two organisations", [{ in: "body", path: "organisationId", message: "choose another organisation" }]);
  const other = await prisma.organisation.findUnique({ where: { id: input.organisationId }, select: { id: true } });
  if (!other) throw new ApiError("validation_failed", "no such organisation", [{ in: "body", path: "organisationId", message: "choose an organisation from the list" }]);
  const [carrierId, partnerId] = input.side === "carrier" ? [ours, other.id] : [other.id, ours];
  if (input.templateId) {
    const template = await prisma.tourTemplate.findFirst({ where: { id: input.templateId, organisationId: carrierId, active: true } });
    if (!template) throw new ApiError("validation_failed", "this round is not one of yours", [{ in: "body", path: "templateId", message: "choose one of your weekly rounds" }]);
    if (!input.weekdays.includes(template.weekday)) {
      throw new ApiError("validation_failed", "the round does not go out on the days chosen", [{ in: "body", path: "weekdays", message: `the round goes out on weekday ${template.weekday}` }]);
    }
  }
  return prisma.$transaction(async (tx) => {
    const created = await tx.partnership.create({
      data: {
        carrierId, partnerId, templateId: input.templateId ?? null, weekdays: [...input.weekdays].sort(), validFrom: dbDate(input.validFrom),
        validTo: input.validTo ? dbDate(input.validTo) : null, costKey: input.costKey, note: input.note ?? null, proposedBy: input.side,
      },
      include: PARTNERSHIP_INCLUDE,
    });
    await recordAudit(tx, { actor, organisationId: ours, action: "create", entity: "Partnership", entityId: created.id, changes: { carrierId, partnerId, weekdays: created.weekdays, costKey: input.costKey } });
    return partnershipView(actor, created);
  });
}
