/**
 * A referrer sends a household to a grocery, or asks to renew a household's eligibility, with the
 * eligibility the commission decided (rate, monthly cap, period). Both wait for the grocery's
 * coordinators. The audit entry is the referrer's organisation's: it acted.
 */
import type { NewHouseholdReferralSchema, RenewalRequestSchema } from "@tournee/domain";
import type { z } from "zod";
import { organisationsWith, type Actor } from "../../auth/actor.js";
import { visibleHouseholds } from "../../auth/scopes.js";
import { dbDate } from "../../db/db-date.js";
import { ApiError, forbidden, notFound } from "../../http/errors.js";
import type { Services } from "../../services.js";
import { checkPostcode } from "../check-address.js";
import { recordAudit } from "../record-audit.js";
import { referralInclude, referralView } from "./referral-view.js";

type Proposal = Pick<z.output<typeof RenewalRequestSchema>, "participationRatePercent" | "monthlyCapCents" | "validFrom" | "validTo" | "note">;

const proposalData = (p: Proposal) => ({
  participationRatePercent: p.participationRatePercent, monthlyCapCents: p.monthlyCapCents,
  validFrom: dbDate(p.validFrom), validTo: dbDate(p.validTo), note: p.note ?? null,
});

function referrerOrganisation(actor: Actor): string {
  const [organisationId] = organisationsWith(actor, ["referrer"]);
  if (!organisationId) throw forbidden("only a referrer refers households");
  return organisationId;
}

export async function referHousehold({ services, actor, input }: { services: Services; actor: Actor; input: z.output<typeof NewHouseholdReferralSchema> }) {
  const prisma = services.db.prisma;
  const referrerOrganisationId = referrerOrganisation(actor);
  const household = { ...input.household, postcode: checkPostcode(input.household.country, input.household.postcode) };
  const grocery = await prisma.organisation.count({ where: { id: input.organisationId, kind: "social_grocery" } });
  if (!grocery) throw new ApiError("validation_failed", "choose a social grocery", [{ in: "body", path: "organisationId", message: "not a social grocery" }]);
  const waiting = await prisma.referral.findMany({ where: { organisationId: input.organisationId, referrerOrganisationId, kind: "new_household", status: "pending" }, select: { householdDraft: true } });
  const same = (d: unknown) => {
    const draft = d as { name?: string; postcode?: string } | null;
    return draft?.name?.toLowerCase() === household.name.toLowerCase() && draft.postcode === household.postcode;
  };
  if (waiting.some((w) => same(w.householdDraft))) throw new ApiError("conflict", `${household.name} (${household.postcode}) is already referred to this grocery and waits for its decision`);
  const created = await prisma.$transaction(async (tx) => {
    const referral = await tx.referral.create({
      data: { kind: "new_household", organisationId: input.organisationId, referrerOrganisationId, referrerUserId: actor.userId, householdDraft: household,
        shareAttendance: input.shareAttendance, createdAt: services.now(), ...proposalData(input) },
      include: referralInclude,
    });
    await recordAudit(tx, { actor, organisationId: referrerOrganisationId, action: "refer", entity: "Referral", entityId: referral.id, changes: { organisationId: input.organisationId, ...household } });
    return referral;
  });
  return referralView(created);
}

export async function requestRenewal({ services, actor, input }: { services: Services; actor: Actor; input: z.output<typeof RenewalRequestSchema> }) {
  const prisma = services.db.prisma;
  const referrerOrganisationId = referrerOrganisation(actor);
  const household = await prisma.household.findFirst({ where: { AND: [{ id: input.householdId }, visibleHouseholds(actor)] }, select: { id: true, organisationId: true } });
  if (!household) throw notFound("household");
  const pending = await prisma.referral.count({ where: { householdId: household.id, kind: "renewal", status: "pending" } });
  if (pending) throw new ApiError("conflict", "a renewal of this household's eligibility already waits for the grocery's decision");
  const created = await prisma.$transaction(async (tx) => {
    const referral = await tx.referral.create({
      data: { kind: "renewal", organisationId: household.organisationId, referrerOrganisationId, referrerUserId: actor.userId, householdId: household.id, createdAt: services.now(), ...proposalData(input) },
      include: referralInclude,
    });
    await recordAudit(tx, { actor, organisationId: referrerOrganisationId, action: "request_renewal", entity: "Referral", entityId: referral.id, changes: { householdId: household.id, validFrom: input.validFrom, validTo: input.validTo } });
    return referral;
  });
  return referralView(created);
}
