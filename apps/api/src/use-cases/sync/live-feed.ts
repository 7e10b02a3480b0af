/**
 * The coordinators' live view of a day: every change devices made in their organisations'
 * rounds (outcomes, payments, wellbeing concerns, conflicts), in order, from a change id on.
 */
import type { Actor } from "../../auth/actor.js";
import { coordinatedOrganisations } from "../../auth/scopes.js";
import type { Services } from "../../services.js";
import { dbDate } from "../../db/db-date.js";

export interface LiveChange {
  id: string;
  tourId: string | null;
  kind: string;
  entityId: string;
  payload: Record<string, unknown>;
  at: string;
}

export async function liveChanges({ services, actor, date, afterId }: { services: Services; actor: Actor; date: string; afterId: bigint }): Promise<LiveChange[]> {
  const rows = await services.db.prisma.syncChange.findMany({
    where: { organisationId: coordinatedOrganisations(actor), date: dbDate(date), id: { gt: afterId } },
    orderBy: { id: "asc" },
    take: 1000,
  });
  return rows.map((r) => ({ id: r.id.toString(), tourId: r.tourId, kind: r.kind, entityId: r.entityId, payload: r.payload as Record<string, unknown>, at: r.at.toISOString() }));
}
