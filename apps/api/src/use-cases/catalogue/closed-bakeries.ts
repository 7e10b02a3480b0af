/** Bakeries closed on a passage's weekday, whose bread its round offers: that bread cannot be ordered there (passage-gate.ts). */
import { weekdayOf } from "@tournee/domain/calendar";
import type { Prisma } from "../../generated/prisma/client.js";
import { bakeryOfBread, closedOn } from "../sites/opening-hours.js";

/** By the organisation that bakes the bread: the bakery site it is collected from, closed that weekday. */
export async function closedBakeries(prisma: Prisma.TransactionClient, organisationId: string, date: string, makers: readonly string[]): Promise<Map<string, { name: string }>> {
  if (!makers.length) return new Map();
  const sites = await prisma.site.findMany({ where: { kind: "bakery", archivedAt: null, organisationId: { in: [...makers, organisationId] } }, orderBy: { id: "asc" } });
  const weekday = weekdayOf(date);
  return new Map(makers.flatMap((maker) => {
    const site = bakeryOfBread(sites, maker, organisationId);
    return site && closedOn(site.openingHours, weekday) ? [[maker, { name: site.name }] as const] : [];
  }));
}
