/**
 * The grocery's coordinators decide a referral. Accepting a new household creates it (with the
 * position and halt the coordinator gives), its eligibility as proposed and, if the household
 * agreed, its consent that the referrer learns whether it still comes; accepting a renewal adds
 * the next period. Refusing needs a reason, which the referrer reads. Decided once.
 */
import type { ReferralAcceptanceSchema } from "@tournee/domain";
import type { z } from "zod";
import type { Actor } from "../../auth/actor.js";
import { coordinatedOrganisations } from "../../auth/scopes.js";
import type { Prisma } from "../../generated/prisma/client.js";
import { ApiError, notFound } from "../../http/errors.js";
import type { Services } from "../../services.js";
import { checkUsualStop, insertHousehold } from "../households/save-household.js";
import { recordAudit } from "../record-audit.js";
import { referralInclude, referralView } from "./referral-view.js";

type Tx = Prisma.TransactionClient;

async function pendingReferral(services: Services, actor: Actor, id: string) {
  const referral = await services.db.prisma.referral.findFirst({ where: { id, organisationId: coordinatedOrganisations(actor) }, include: { referrerUser: { select: { displayName: true } } } });
  if (!referral) throw notFound("referral");
  return referral;
}

/** Claims the pending referral inside the transaction, so two coordinators cannot both decide it. */
async function claim(tx: Tx, id: string, data: Prisma.ReferralUncheckedUpdateManyInput): Promise<void> {
  const { count } = await tx.referral.updateMany({ where: { id, status: "pending" }, data });
  if (!count) throw new ApiError("conflict", "this referral is no longer waiting: it was decided or withdrawn meanwhile; reload it");
}

export async function acceptReferral({ services, actor, id, input }: { services: Services; actor: Actor; id: string; input: z.output<typeof ReferralAcceptanceSchema> }) {
  const prisma = services.db.prisma;
  const referral = await pendingReferral(services, actor, id);
  if (referral.kind === "new_household") {
    if (!input.household) {
      throw new ApiError("validation_failed", "a new household needs its full record: place it on the map and choose its halt", [{ in: "body", path: "household", message: "required to take in a new household" }]);
    }
    await checkUsualStop(services, referral.organisationId, input.household.usualStopId);
  }
  const now = services.now();
  const decided = await prisma.$transaction(async (tx) => {
    const householdId = referral.householdId ?? (await insertHousehold(tx, actor, referral.organisationId, input.household!)).id;
    if (referral.kind === "new_household" && referral.shareAttendance) {
      await tx.consent.create({
        data: { householdId, purpose: "share_with_referrer", givenAt: referral.createdAt, recordedById: referral.referrerUserId, evidence: `Accord donné à ${referral.referrerUser?.displayName ?? "son référent"} lors de l'orientation` },
      });
    }
    const eligibility = await tx.eligibility.create({
      data: {
        householdId, organisationId: referral.organisationId, referrerOrganisationId: referral.referrerOrganisationId, referrerUserId: referral.referrerUserId,
        participationRatePercent: referral.participationRatePercent, monthlyCapCents: referral.monthlyCapCents, validFrom: referral.validFrom, validTo: referral.validTo,
        events: { create: { status: "active", validTo: referral.validTo, at: now, byUserId: actor.userId, note: input.note ?? null } },
      },
    });
    await claim(tx, id, { status: "accepted", decidedAt: now, decidedById: actor.userId, decisionReason: input.note ?? null, householdId, eligibilityId: eligibility.id });
    await recordAudit(tx, { actor, organisationId: referral.organisationId, action: "grant", entity: "Eligibility", entityId: eligibility.id, changes: { referralId: id } });
    await recordAudit(tx, { actor, organisationId: referral.organisationId, action: "accept", entity: "Referral", entityId: id, changes: { householdId, eligibilityId: eligibility.id } });
    return tx.referral.findUniqueOrThrow({ where: { id }, include: referralInclude });
  });
  return referralView(decided);
}

export async function refuseReferral({ services, actor, id, reason }: { services: Services; actor: Actor; id: string; reason: string }) {
  const referral = await pendingReferral(services, actor, id);
  const decided = await services.db.prisma.$transaction(async (tx) => {
    await claim(tx, id, { status: "refused", decidedAt: services.now(), decidedById: actor.userId, decisionReason: reason });
    await recordAudit(tx, { actor, organisationId: referral.organisationId, action: "refuse", entity: "Referral", entityId: id, changes: { reason } });
    return tx.referral.findUniqueOrThrow({ where: { id }, include: referralInclude });
  });
  return referralView(decided);
}

/** The referrer takes back her own request while it waits. */
export async function withdrawReferral({ services, actor, id }: { services: Services; actor: Actor; id: string }) {
  const referral = await services.db.prisma.referral.findFirst({ where: { id, referrerUserId: actor.userId } });
  if (!referral) throw notFound("referral");
  const withdrawn = await services.db.prisma.$transaction(async (tx) => {
    await claim(tx, id, { status: "withdrawn" });
    await recordAudit(tx, { actor, organisationId: referral.referrerOrganisationId, action: "withdraw", entity: "Referral", entityId: id });
    return tx.referral.findUniqueOrThrow({ where: { id }, include: referralInclude });
  });
  return referralView(withdrawn);
}
