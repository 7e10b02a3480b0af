/**
 * A claim that will not be posted: the debtor disputes it (saying why), or the creditor
 * withdraws it (a pending or disputed claim; a corrected one can be recorded instead).
 */
import type { Actor } from "../../auth/actor.js";
import { ApiError } from "../../http/errors.js";
import type { Services } from "../../services.js";
import { recordAudit } from "../record-audit.js";
import { decided } from "./accept-claim.js";
import { actableAccounts, CLAIM_INCLUDE, claimView, findVisibleClaim } from "./ledger-records.js";

export async function disputeClaim({ services, actor, id, reason }: { services: Services; actor: Actor; id: string; reason: string }) {
  return closeClaim({ services, actor, id, side: "debtor", from: ["pending"], to: "disputed", reason });
}

export async function withdrawClaim({ services, actor, id }: { services: Services; actor: Actor; id: string }) {
  return closeClaim({ services, actor, id, side: "creditor", from: ["pending", "disputed"], to: "withdrawn", reason: null });
}

async function closeClaim({ services, actor, id, side, from, to, reason }: {
  services: Services; actor: Actor; id: string; side: "debtor" | "creditor"; from: ("pending" | "disputed")[]; to: "disputed" | "withdrawn"; reason: string | null;
}) {
  const prisma = services.db.prisma;
  const claim = await findVisibleClaim(prisma, actor, id);
  const account = await prisma.creditAccount.findFirst({ where: { id: side === "debtor" ? claim.debtorAccountId : claim.creditorAccountId, ...actableAccounts(actor) } });
  if (!account) throw new ApiError("forbidden", side === "debtor" ? "only the member the claim is addressed to disputes it" : "only the member that made the claim withdraws it");
  const closed = await prisma.$transaction(async (tx) => {
    const data = { status: to, decidedById: actor.userId, decidedAt: services.now(), ...(reason === null ? {} : { disputeReason: reason }) };
    const { count } = await tx.creditClaim.updateMany({ where: { id, status: { in: from } }, data });
    if (!count) throw decided(claim.status);
    await recordAudit(tx, { actor, organisationId: account.organisationId, action: to, entity: "CreditClaim", entityId: id, changes: reason === null ? {} : { reason } });
    return tx.creditClaim.findUniqueOrThrow({ where: { id }, include: CLAIM_INCLUDE });
  });
  return claimView(closed);
}
