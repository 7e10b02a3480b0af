/**
 * A member records a service it gave another member: a claim the other accepts (then the entry
 * is posted) or disputes. The same key records once: sending the request again answers the claim
 * already recorded.
 */
import type { CreditClaimCreate } from "@tournee/domain";
import { checkTransfer } from "@tournee/ledger";
import type { Actor } from "../../auth/actor.js";
import type { CreditAccount } from "../../generated/prisma/client.js";
import { dbDate, isoDate } from "../../db/db-date.js";
import { ApiError } from "../../http/errors.js";
import type { Services } from "../../services.js";
import { recordAudit } from "../record-audit.js";
import { CLAIM_INCLUDE, claimView, findActableAccount } from "./ledger-records.js";
import { databaseRefusal, refusalError } from "./post-entry.js";

export async function recordClaim({ services, actor, input }: { services: Services; actor: Actor; input: CreditClaimCreate }) {
  const prisma = services.db.prisma;
  const creditor = await findActableAccount(prisma, actor, input.creditorAccountId);
  const debtor = await prisma.creditAccount.findFirst({ where: { id: input.debtorAccountId, networkId: creditor.networkId } });
  if (!debtor) throw new ApiError("validation_failed", "the other member is not in this network", [{ in: "body", path: "debtorAccountId", message: "choose a member of the network" }]);
  return storeClaim({ services, actor, creditor, debtor, input });
}

type Account = Pick<CreditAccount, "id" | "networkId" | "organisationId" | "balance" | "creditLimit" | "ceiling">;

/**
 * Records the claim of one account on another of its network, once per key. `actor` is the person
 * who asked, or none for what the server posts by itself (a shared round's monthly share).
 */
export async function storeClaim({ services, actor, creditor, debtor, input }: { services: Services; actor: Actor | undefined; creditor: Account; debtor: Account; input: Omit<CreditClaimCreate, "creditorAccountId" | "debtorAccountId"> }) {
  const prisma = services.db.prisma;
  const known = await prisma.creditClaim.findUnique({ where: { networkId_key: { networkId: creditor.networkId, key: input.key } }, include: CLAIM_INCLUDE });
  if (known) {
    const same = known.creditorAccountId === creditor.id && known.debtorAccountId === debtor.id && known.amount === input.amount
      && known.description === input.description && isoDate(known.serviceDate) === input.serviceDate;
    if (!same) throw new ApiError("conflict", "this key was already used for another claim: open the form again");
    return { claim: claimView(known), replayed: true };
  }
  const refusal = checkTransfer({
    payer: { balance: debtor.balance, limits: debtor },
    payee: { balance: creditor.balance, limits: creditor },
    amount: input.amount,
    sameAccount: debtor.id === creditor.id,
  });
  if (refusal) throw refusalError(refusal);
  try {
    const claim = await prisma.$transaction(async (tx) => {
      const created = await tx.creditClaim.create({
        data: { networkId: creditor.networkId, key: input.key, creditorAccountId: creditor.id, debtorAccountId: debtor.id, amount: input.amount, description: input.description, serviceDate: dbDate(input.serviceDate), createdById: actor?.userId ?? null },
        include: CLAIM_INCLUDE,
      });
      await recordAudit(tx, { actor, organisationId: creditor.organisationId, action: "create", entity: "CreditClaim", entityId: created.id, changes: { amount: input.amount, debtorAccountId: debtor.id } });
      return created;
    });
    return { claim: claimView(claim), replayed: false };
  } catch (error) {
    throw databaseRefusal(error) ?? error;
  }
}
