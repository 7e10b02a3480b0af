/**
 * A volunteer driver who left: their driving membership (and availability) in one organisation
 * ends; when it was their last membership, the account is disabled and their sessions end.
 * Past rounds keep them; draft or planned rounds to come in that organisation lose them.
 */
import type { Actor } from "../../auth/actor.js";
import { coordinatedOrganisations } from "../../auth/scopes.js";
import { dbDate } from "../../db/db-date.js";
import { notFound } from "../../http/errors.js";
import type { Services } from "../../services.js";
import { recordAudit } from "../record-audit.js";
import { refuseRoundsToCome } from "../vehicles/rounds-to-come.js";
import { localDateOf } from "@tournee/domain/calendar";
import type { RetiredDriver } from "@tournee/domain";

export async function retireDriver({ services, actor, driverId, organisationId }: { services: Services; actor: Actor; driverId: string; organisationId: string }): Promise<RetiredDriver> {
  const membership = await services.db.prisma.membership.findFirst({
    where: { userId: driverId, role: "driver", organisationId: { equals: organisationId, ...coordinatedOrganisations(actor) }, user: { disabledAt: null } },
    include: { user: { select: { displayName: true } }, organisation: { select: { timeZone: true } } },
  });
  if (!membership) throw notFound("driver");
  const now = services.now();
  return services.db.prisma.$transaction(async (tx) => {
    await refuseRoundsToCome(tx, now, organisationId, { driverId }, `driver ${membership.user.displayName}`);
    await tx.membership.delete({ where: { id: membership.id } });
    await tx.driverAvailability.deleteMany({ where: { driverId, organisationId } });
    const today = dbDate(localDateOf(now, membership.organisation.timeZone));
    const unassigned = await tx.tour.updateMany({ where: { driverId, organisationId, status: { in: ["draft", "planned"] }, date: { gte: today } }, data: { driverId: null } });
    const accountDisabled = (await tx.membership.count({ where: { userId: driverId } })) === 0;
    if (accountDisabled) {
      await tx.user.update({ where: { id: driverId }, data: { disabledAt: now } });
      await tx.session.deleteMany({ where: { userId: driverId } });
    }
    await recordAudit(tx, { actor, organisationId, action: "retire", entity: "Driver", entityId: driverId, changes: { accountDisabled, unassignedRounds: unassigned.count } });
    return { driverId, organisationId, accountDisabled };
  });
}
