import type { Prisma } from "../../generated/prisma/client.js";
import { isoDate } from "../planning/coordinated-organisation.js";

export const templateInclude = {
  halts: { orderBy: { sequence: "asc" }, include: { stop: { select: { name: true } } } },
  exceptions: { orderBy: { date: "asc" } },
} satisfies Prisma.TourTemplateInclude;

export type TemplateRow = Prisma.TourTemplateGetPayload<{ include: typeof templateInclude }>;

export function templateView(t: TemplateRow) {
  return {
    id: t.id,
    organisationId: t.organisationId,
    name: t.name,
    vehicleId: t.vehicleId,
    weekday: t.weekday,
    everyWeeks: t.everyWeeks,
    startDate: isoDate(t.startDate),
    endDate: t.endDate ? isoDate(t.endDate) : null,
    departureMinute: t.departureMinute,
    active: t.active,
    halts: t.halts.map((h) => ({ id: h.id, stopId: h.stopId, stopName: h.stop.name, sequence: h.sequence, arrivalMinute: h.arrivalMinute, dwellMinutes: h.dwellMinutes })),
    exceptions: t.exceptions.map((e) => ({ id: e.id, date: isoDate(e.date), stopId: e.stopId, reason: e.reason })),
  };
}
