/** Bakeries closed on a passage's weekday, whose bread its round offers: that bread cannot be ordered there (passage-gate.ts). */
import { weekdayOf } from "@tournee/domain/calendar";
import type { Prisma } from "../../generated/prisma/client.js";
import { bakeryOfBread, closedOn } from "../sites/opening-hours.js";

/** The bakery sites the bread of `makers` is collected from, for rounds of `organisationId`. */
export interface BreadBakeries {
  organisationId: string;
  makers: readonly string[];
  sites: { name: string; organisationId: string; openingHours: unknown }[];
}

export async function breadBakeries(prisma: Prisma.TransactionClient, organisationId: string, makers: readonly string[]): Promise<BreadBakeries> {
  const sites = makers.length ? await prisma.site.findMany({ where: { kind: "bakery", archivedAt: null, organisationId: { in: [...makers, organisationId] } }, orderBy: { id: "asc" } }) : [];
  return { organisationId, makers, sites };
}

/** By the organisation that bakes the bread: the bakery site it is collected from, closed on `date`'s weekday. */
export function closedBakeriesOn({ organisationId, makers, sites }: BreadBakeries, date: string): Map<string, { name: string }> {
  const weekday = weekdayOf(date);
  return new Map(makers.flatMap((maker) => {
    const site = bakeryOfBread(sites, maker, organisationId);
    return site && closedOn(site.openingHours, weekday) ? [[maker, { name: site.name }] as const] : [];
  }));
}

export async function closedBakeries(prisma: Prisma.TransactionClient, organisationId: string, date: string, makers: readonly string[]): Promise<Map<string, { name: string }>> {
  return closedBakeriesOn(await breadBakeries(prisma, organisationId, makers), date);
}

/** The closed bakeries as a passage lists them: each once, with the weekday. */
export function closedBakeryList(closed: Map<string, { name: string }>, date: string): { name: string; weekday: number }[] {
  return [...new Set([...closed.values()].map((b) => b.name))].map((name) => ({ name, weekday: weekdayOf(date) }));
}
