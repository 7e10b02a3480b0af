import { isoDate } from "../../db/db-date.js";
import type { Prisma } from "../../generated/prisma/client.js";

export const tourSummaryInclude = {
  vehicle: { select: { id: true, name: true } },
  driver: { select: { id: true, displayName: true } },
  _count: { select: { passages: true } },
} satisfies Prisma.TourInclude;

export function tourSummaryView(t: Prisma.TourGetPayload<{ include: typeof tourSummaryInclude }>) {
  return {
    id: t.id,
    organisationId: t.organisationId,
    date: isoDate(t.date),
    status: t.status,
    version: t.version,
    vehicle: t.vehicle,
    driver: t.driver,
    passageCount: t._count.passages,
    routingProvider: t.routingProvider,
    estimatedShare: t.estimatedShare,
    plannedStart: t.plannedStartAt?.toISOString() ?? null,
    plannedEnd: t.plannedEndAt?.toISOString() ?? null,
    plannedDistanceM: t.plannedDistanceM,
  };
}
