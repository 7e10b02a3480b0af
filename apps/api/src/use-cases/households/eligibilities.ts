/**
 * Eligibility for social prices. Sensitive: readable by the coordinators of the grocery it
 * applies to and by the referring social worker, written by the coordinators; every change is in
 * the history.
 */
import type { EligibilityInputSchema } from "@tournee/domain";
import type { z } from "zod";
import type { Actor } from "../../auth/actor.js";
import { visibleEligibilities, visibleHouseholds } from "../../auth/scopes.js";
import type { Eligibility, EligibilityEvent } from "../../generated/prisma/client.js";
import { ApiError, notFound } from "../../http/errors.js";
import type { Services } from "../../services.js";
import { isoDate } from "../../db/db-date.js";
import { isStaffOf } from "../orders/ordering-household.js";
import { recordAudit } from "../record-audit.js";


function eligibilityView(e: Eligibility & { events: EligibilityEvent[] }) {
  return {
    id: e.id,
    householdId: e.householdId,
    organisationId: e.organisationId,
    referrerUserId: e.referrerUserId,
    participationRatePercent: e.participationRatePercent,
    monthlyCapCents: e.monthlyCapCents,
    validFrom: isoDate(e.validFrom),
    validTo: isoDate(e.validTo),
    status: e.status,
    history: e.events.map((ev) => ({ status: ev.status, at: ev.at.toISOString(), note: ev.note })),
  };
}

export async function listEligibilities({ services, actor, householdId }: { services: Services; actor: Actor; householdId: string }) {
  const household = await services.db.prisma.household.count({ where: { AND: [{ id: householdId }, visibleHouseholds(actor)] } });
  if (!household) throw notFound("household");
  const rows = await services.db.prisma.eligibility.findMany({
    where: { AND: [{ householdId }, visibleEligibilities(actor)] },
    include: { events: { orderBy: { at: "asc" } } },
    orderBy: { validFrom: "desc" },
  });
  return rows.map(eligibilityView);
}

/**
 * A coordinator of the grocery grants or renews directly (what the commission decided). A referrer
 * asks instead, through a referral the coordinators decide (use-cases/referrals/).
 */
export async function grantEligibility({ services, actor, householdId, input }: { services: Services; actor: Actor; householdId: string; input: z.output<typeof EligibilityInputSchema> }) {
  const prisma = services.db.prisma;
  const household = await prisma.household.findFirst({ where: { AND: [{ id: householdId }, visibleHouseholds(actor)] } });
  if (!household) throw notFound("household");
  if (!isStaffOf(actor, input.organisationId)) throw new ApiError("forbidden", "only the grocery's coordinators grant eligibility; a referrer asks for it with POST /api/referrals/renewals");
  const grocery = await prisma.organisation.findFirst({ where: { id: input.organisationId, kind: "social_grocery" } });
  if (!grocery) {
    throw new ApiError("validation_failed", "eligibility applies to a social grocery", [{ in: "body", path: "organisationId", message: "not a social grocery" }]);
  }
  const created = await prisma.$transaction(async (tx) => {
    const eligibility = await tx.eligibility.create({
      data: {
        householdId,
        organisationId: input.organisationId,
        participationRatePercent: input.participationRatePercent,
        monthlyCapCents: input.monthlyCapCents,
        validFrom: new Date(`${input.validFrom}T00:00:00Z`),
        validTo: new Date(`${input.validTo}T00:00:00Z`),
        events: { create: { status: "active", validTo: new Date(`${input.validTo}T00:00:00Z`), byUserId: actor.userId, note: input.note ?? null } },
      },
      include: { events: true },
    });
    await recordAudit(tx, { actor, organisationId: input.organisationId, action: "grant", entity: "Eligibility", entityId: eligibility.id });
    return eligibility;
  });
  return eligibilityView(created);
}
