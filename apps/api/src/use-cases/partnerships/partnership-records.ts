/**
 * Partnerships as the two sides read them, and the rule of which carrier passages a partnership
 * covers. A partnership is visible to the coordinators (and admins) of its carrier and of its
 * partner, through the organisation their console shows; anyone else is answered 404.
 */
import { weekdayOf, type LocalDate } from "@tournee/domain/calendar";
import type { Partnership as PartnershipView, PartnershipSide } from "@tournee/domain";
import { consoleOrganisations, type Actor } from "../../auth/actor.js";
import { isoDate } from "../../db/db-date.js";
import type { Partnership as PartnershipRow, Prisma, PrismaClient } from "../../generated/prisma/client.js";
import { notFound } from "../../http/errors.js";

export const PARTNERSHIP_INCLUDE = {
  carrier: { select: { id: true, name: true } },
  partner: { select: { id: true, name: true } },
  template: { select: { name: true } },
} as const satisfies Prisma.PartnershipInclude;

/** A partnership with the names of its two sides and of its round. */
export type Partnership = Prisma.PartnershipGetPayload<{ include: typeof PARTNERSHIP_INCLUDE }>;

/** The partnerships the console's organisation is a side of. */
export function visiblePartnerships(actor: Actor): Prisma.PartnershipWhereInput {
  const orgs = consoleOrganisations(actor);
  return { OR: [{ carrierId: { in: orgs } }, { partnerId: { in: orgs } }] };
}

export function sideOf(actor: Actor, p: Pick<PartnershipRow, "carrierId" | "partnerId">): PartnershipSide {
  return consoleOrganisations(actor).includes(p.carrierId) ? "carrier" : "partner";
}

export async function findPartnership(prisma: PrismaClient | Prisma.TransactionClient, actor: Actor, id: string): Promise<Partnership> {
  const found = await prisma.partnership.findFirst({ where: { AND: [{ id }, visiblePartnerships(actor)] }, include: PARTNERSHIP_INCLUDE });
  if (!found) throw notFound("partnership");
  return found;
}

export function partnershipView(actor: Actor, p: Partnership): PartnershipView {
  return {
    id: p.id,
    carrier: p.carrier,
    partner: p.partner,
    ourSide: sideOf(actor, p),
    roundName: p.template?.name ?? null,
    weekdays: p.weekdays,
    validFrom: isoDate(p.validFrom),
    validTo: p.validTo ? isoDate(p.validTo) : null,
    costKey: p.costKey,
    note: p.note,
    status: p.status,
    proposedBy: p.proposedBy,
    createdAt: p.createdAt.toISOString(),
    decidedAt: p.decidedAt?.toISOString() ?? null,
    endedAt: p.endedAt?.toISOString() ?? null,
    endedBy: p.endedBy,
    endReason: p.endReason,
  };
}

/** Whether a partnership carries on a carrier's passage of this date and weekly round. */
export function covers(p: Pick<PartnershipRow, "status" | "weekdays" | "validFrom" | "validTo" | "templateId" | "endedAt">, passage: { date: LocalDate; templateId: string | null }): boolean {
  if (p.status !== "active") return false;
  if (passage.date < isoDate(p.validFrom) || (p.validTo && passage.date > isoDate(p.validTo))) return false;
  if (!p.weekdays.includes(weekdayOf(passage.date))) return false;
  return !p.templateId || p.templateId === passage.templateId;
}

/**
 * The carrier passages a partnership covers, as a Prisma filter (dates and round; weekdays are
 * checked with `covers`, since a date column has no weekday filter here).
 */
export function coveredPassages(p: Pick<PartnershipRow, "carrierId" | "validFrom" | "validTo" | "templateId">): Prisma.PassageWhereInput {
  return {
    organisationId: p.carrierId,
    date: { gte: p.validFrom, ...(p.validTo ? { lte: p.validTo } : {}) },
    ...(p.templateId ? { templateId: p.templateId } : {}),
  };
}
