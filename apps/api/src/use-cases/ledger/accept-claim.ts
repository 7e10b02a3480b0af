/**
 * The member a claim is addressed to accepts it: the entry is posted (the debtor pays the
 * creditor) in the same transaction as the claim's change. Only a pending claim can be accepted,
 * so concurrent acceptances post once: the others are told `claim_decided`.
 */
import type { Actor } from "../../auth/actor.js";
import { isoDate } from "../../db/db-date.js";
import { ApiError } from "../../http/errors.js";
import type { Services } from "../../services.js";
import { recordAudit } from "../record-audit.js";
import { actableAccounts, CLAIM_INCLUDE, claimView, findVisibleClaim } from "./ledger-records.js";
import { databaseRefusal, postEntry } from "./post-entry.js";

export async function acceptClaim({ services, actor, id }: { services: Services; actor: Actor; id: string }) {
  const prisma = services.db.prisma;
  const claim = await findVisibleClaim(prisma, actor, id);
  const debtor = await prisma.creditAccount.findFirst({ where: { id: claim.debtorAccountId, ...actableAccounts(actor) } });
  if (!debtor) throw new ApiError("forbidden", "only the member the claim is addressed to accepts it");
  if (claim.status !== "pending") throw decided(claim.status);
  try {
    const accepted = await prisma.$transaction(async (tx) => {
      const entry = await postEntry(tx, actor, {
        networkId: claim.networkId, key: `claim:${claim.id}`, payerAccountId: claim.debtorAccountId, payeeAccountId: claim.creditorAccountId,
        amount: claim.amount, description: claim.description, serviceDate: isoDate(claim.serviceDate),
      });
      const { count } = await tx.creditClaim.updateMany({ where: { id, status: "pending" }, data: { status: "accepted", entryId: entry.id, decidedById: actor.userId, decidedAt: services.now() } });
      if (!count) throw decided("accepted");
      await recordAudit(tx, { actor, organisationId: debtor.organisationId, action: "accept", entity: "CreditClaim", entityId: id, changes: { entryId: entry.id, amount: claim.amount } });
      return tx.creditClaim.findUniqueOrThrow({ where: { id }, include: CLAIM_INCLUDE });
    });
    return claimView(accepted);
  } catch (error) {
    if (error instanceof ApiError) throw error;
    const refusal = databaseRefusal(error);
    throw refusal?.code === "conflict" ? decided("accepted") : (refusal ?? error);
  }
}

export const decided = (status: string): ApiError => new ApiError("claim_decided", `this claim is already ${status}`);
