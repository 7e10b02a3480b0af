/**
 * A coordinator acknowledges a driver's wellbeing concern, optionally saying how it is followed
 * up. Once only: a second acknowledgement answers `alert_acknowledged`. The feed entry carries
 * no tour, so it reaches coordinators' live views and never a driver's phone.
 */
import type { WellbeingAlertView } from "@tournee/domain";
import type { Actor } from "../../auth/actor.js";
import { coordinatedOrganisations } from "../../auth/scopes.js";
import { dbDate } from "../../db/db-date.js";
import { ApiError, notFound } from "../../http/errors.js";
import type { Services } from "../../services.js";
import { recordAudit } from "../record-audit.js";
import { ALERT_INCLUDE, alertDate, alertView } from "./alert-views.js";
import { recordFollowUp } from "./follow-up-change.js";

export async function acknowledgeAlert({ services, actor, alertId, followUp }: { services: Services; actor: Actor; alertId: string; followUp: string | undefined }): Promise<WellbeingAlertView> {
  const now = services.now();
  return services.db.prisma.$transaction(async (tx) => {
    const found = await tx.wellbeingAlert.findFirst({ where: { id: alertId, organisationId: coordinatedOrganisations(actor) }, include: ALERT_INCLUDE });
    if (!found) throw notFound("wellbeing alert");
    const { count } = await tx.wellbeingAlert.updateMany({ where: { id: found.id, status: "open" }, data: { status: "acknowledged", acknowledgedAt: now, acknowledgedById: actor.userId, followUp: followUp ?? null } });
    if (count === 0) {
      const done = await tx.wellbeingAlert.findUniqueOrThrow({ where: { id: found.id }, include: ALERT_INCLUDE });
      throw new ApiError("alert_acknowledged", `this concern was already acknowledged at ${done.acknowledgedAt?.toISOString()} by ${done.acknowledgedBy?.displayName ?? "someone"}: reload the list`);
    }
    await recordAudit(tx, { actor, organisationId: found.organisationId, action: "acknowledge", entity: "WellbeingAlert", entityId: found.id, changes: { followUp: followUp ?? null } });
    await recordFollowUp(tx, {
      organisationId: found.organisationId,
      tourId: null,
      date: dbDate(alertDate(found)),
      kind: "wellbeing.acknowledged",
      entityId: found.id,
      payload: { alertId: found.id, passageId: found.passageId, householdName: found.household.name },
      at: now,
    });
    return alertView(await tx.wellbeingAlert.findUniqueOrThrow({ where: { id: found.id }, include: ALERT_INCLUDE }));
  });
}
