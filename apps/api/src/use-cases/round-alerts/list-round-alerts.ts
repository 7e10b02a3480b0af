/**
 * What needs a coordinator's attention on the rounds of their organisations: drivers' wellbeing
 * concerns, the conflicts the sync rules settled, and the coming days with deliveries added after
 * their rounds were published (added-after-publication.ts). Wellbeing concerns are personal data about
 * fragile people: only the organisation's coordinators (and admins) see them — never drivers,
 * referrers or relays (a coordinator who needs the CCAS calls its referrer and writes so in the
 * follow-up).
 */
import type { RoundAlerts, RoundAlertsQuery } from "@tournee/domain";
import { localDateOf, zonedToInstant } from "@tournee/domain/calendar";
import type { Actor } from "../../auth/actor.js";
import { coordinatedOrganisations } from "../../auth/scopes.js";
import { dbDate } from "../../db/db-date.js";
import type { Prisma } from "../../generated/prisma/client.js";
import type { Services } from "../../services.js";
import { lateDeliveryDays } from "../planning/added-after-publication.js";
import { ALERT_INCLUDE, alertView, conflictViews } from "./alert-views.js";

const LIMIT = 500;

const nextDay = (date: string): string => new Date(dbDate(date).getTime() + 86_400_000).toISOString().slice(0, 10);

export async function listRoundAlerts({ services, actor, query }: { services: Services; actor: Actor; query: RoundAlertsQuery }): Promise<RoundAlerts> {
  const { prisma } = services.db;
  const organisationId = coordinatedOrganisations(actor);
  const days: Prisma.DateTimeFilter = { ...(query.from && { gte: dbDate(query.from) }), ...(query.to && { lte: dbDate(query.to) }) };
  const instants: Prisma.DateTimeFilter = { ...(query.from && { gte: zonedToInstant(query.from, "00:00") }), ...(query.to && { lt: zonedToInstant(nextDay(query.to), "00:00") }) };
  const ranged = Boolean(query.from || query.to);

  const alertStatus: Prisma.WellbeingAlertWhereInput = query.status === "open" ? { status: "open" } : query.status === "settled" ? { status: { not: "open" } } : {};
  const alerts = await prisma.wellbeingAlert.findMany({
    where: { organisationId, ...alertStatus, ...(ranged && { OR: [{ passage: { date: days } }, { passageId: null, receivedAt: instants }] }) },
    include: ALERT_INCLUDE,
    orderBy: [{ receivedAt: "asc" }, { id: "asc" }],
    take: LIMIT,
  });

  const tourIds = ranged ? (await prisma.tour.findMany({ where: { organisationId, date: days }, select: { id: true } })).map((t) => t.id) : [];
  const resolved: Prisma.SyncConflictWhereInput = query.status === "open" ? { resolvedAt: null } : query.status === "settled" ? { resolvedAt: { not: null } } : {};
  const conflicts = await prisma.syncConflict.findMany({
    where: { organisationId, ...resolved, ...(ranged && { OR: [{ tourId: { in: tourIds } }, { tourId: null, createdAt: instants }] }) },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: LIMIT,
  });
  // Deliveries no published round carries, on every coming day from the range asked: next week's is
  // as urgent as this week's, since its round may leave before the coordinator turns the page.
  const today = localDateOf(services.now());
  const late = await lateDeliveryDays(prisma, organisationId, dbDate(query.from && query.from > today ? query.from : today));
  return { wellbeingAlerts: alerts.map(alertView), conflicts: await conflictViews(prisma, conflicts), addedAfterPublication: late };
}
