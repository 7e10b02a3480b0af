/**
 * The accounts a person acts for, each with its balance and limits, the other members (with
 * their balances for administrators only), the claims awaiting its acceptance and those it sent
 * that are still open.
 */
import type { CreditAccount, LedgerOverview } from "@tournee/domain";
import { availableToSpend } from "@tournee/ledger";
import { isAdmin, type Actor } from "../../auth/actor.js";
import type { Services } from "../../services.js";
import { ACCOUNT_INCLUDE, actableAccounts, CLAIM_INCLUDE, claimView } from "./ledger-records.js";

export async function getLedgerOverview({ services, actor }: { services: Services; actor: Actor }): Promise<LedgerOverview> {
  const prisma = services.db.prisma;
  const administers = isAdmin(actor);
  const accounts = await prisma.creditAccount.findMany({ where: actableAccounts(actor), include: ACCOUNT_INCLUDE, orderBy: { organisation: { name: "asc" } } });
  const networkIds = [...new Set(accounts.map((a) => a.networkId))];
  const [members, claims] = await Promise.all([
    prisma.creditAccount.findMany({ where: { networkId: { in: networkIds } }, include: { organisation: { select: { name: true } } }, orderBy: { organisation: { name: "asc" } } }),
    prisma.creditClaim.findMany({
      where: { status: { in: ["pending", "disputed"] }, OR: [{ creditorAccountId: { in: accounts.map((a) => a.id) } }, { debtorAccountId: { in: accounts.map((a) => a.id) } }] },
      include: CLAIM_INCLUDE,
      orderBy: { createdAt: "asc" },
    }),
  ]);
  const views: CreditAccount[] = accounts.map((a) => ({
    id: a.id,
    organisationId: a.organisationId,
    organisationName: a.organisation.name,
    network: { id: a.network.id, name: a.network.name, unitName: a.network.unitName, unitPlural: a.network.unitPlural },
    balance: a.balance,
    creditLimit: a.creditLimit,
    ceiling: a.ceiling,
    available: availableToSpend({ balance: a.balance, limits: a }),
    members: members
      .filter((m) => m.networkId === a.networkId && m.id !== a.id)
      .map((m) => ({ accountId: m.id, organisationName: m.organisation.name, balance: administers ? m.balance : null, creditLimit: administers ? m.creditLimit : null, ceiling: administers ? m.ceiling : null })),
    toDecide: claims.filter((c) => c.debtorAccountId === a.id && c.status === "pending").map(claimView),
    sent: claims.filter((c) => c.creditorAccountId === a.id).map(claimView),
  }));
  return { accounts: views, administers };
}
