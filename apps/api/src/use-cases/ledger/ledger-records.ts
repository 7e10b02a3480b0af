/** Reading the ledger's rows in the caller's scope, and shaping claims for the API. */
import type { CreditClaim } from "@tournee/domain";
import { isAdmin, organisationsWith, type Actor } from "../../auth/actor.js";
import { isoDate } from "../../db/db-date.js";
import type { Prisma } from "../../generated/prisma/client.js";
import { notFound } from "../../http/errors.js";

type Db = Prisma.TransactionClient;

/**
 * Accounts a person acts for: those of every organisation they coordinate, whichever one their
 * console shows (the exchanges are between organisations); every one for an admin.
 */
export const actableAccounts = (actor: Actor): Prisma.CreditAccountWhereInput => ({ organisationId: isAdmin(actor) ? {} : { in: organisationsWith(actor, ["coordinator"]) } });

export const ACCOUNT_INCLUDE = { organisation: { select: { name: true } }, network: true } as const satisfies Prisma.CreditAccountInclude;

/** The account, if the person acts for it; else 404 (its existence is not revealed). */
export async function findActableAccount(db: Db, actor: Actor, id: string) {
  const account = await db.creditAccount.findFirst({ where: { id, ...actableAccounts(actor) }, include: ACCOUNT_INCLUDE });
  if (!account) throw notFound("credit account");
  return account;
}

export const CLAIM_INCLUDE = {
  creditor: { select: { id: true, organisationId: true, organisation: { select: { name: true } } } },
  debtor: { select: { id: true, organisationId: true, organisation: { select: { name: true } } } },
  createdBy: { select: { displayName: true } },
} as const satisfies Prisma.CreditClaimInclude;

type ClaimRow = Prisma.CreditClaimGetPayload<{ include: typeof CLAIM_INCLUDE }>;

/** A claim either side may see: the creditor's or the debtor's coordinators (or an admin). */
export async function findVisibleClaim(db: Db, actor: Actor, id: string): Promise<ClaimRow> {
  const claim = await db.creditClaim.findFirst({
    where: { id, OR: [{ creditor: actableAccounts(actor) }, { debtor: actableAccounts(actor) }] },
    include: CLAIM_INCLUDE,
  });
  if (!claim) throw notFound("claim");
  return claim;
}

export function claimView(c: ClaimRow): CreditClaim {
  return {
    id: c.id,
    creditor: { accountId: c.creditor.id, organisationName: c.creditor.organisation.name },
    debtor: { accountId: c.debtor.id, organisationName: c.debtor.organisation.name },
    amount: c.amount,
    description: c.description,
    serviceDate: isoDate(c.serviceDate),
    status: c.status,
    createdAt: c.createdAt.toISOString(),
    createdByName: c.createdBy?.displayName ?? null,
    decidedAt: c.decidedAt?.toISOString() ?? null,
    disputeReason: c.disputeReason,
  };
}
