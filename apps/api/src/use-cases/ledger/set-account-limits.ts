/** The network's administrator sets a member's credit limit and ceiling; the balance must stay inside them. */
import { checkNewLimits, type Limits } from "@tournee/ledger";
import type { Actor } from "../../auth/actor.js";
import type { Services } from "../../services.js";
import { recordAudit } from "../record-audit.js";
import { findActableAccount } from "./ledger-records.js";
import { databaseRefusal, refusalError } from "./post-entry.js";

export async function setAccountLimits({ services, actor, id, limits }: { services: Services; actor: Actor; id: string; limits: Limits }): Promise<void> {
  const prisma = services.db.prisma;
  const account = await findActableAccount(prisma, actor, id);
  const refusal = checkNewLimits(account.balance, limits);
  if (refusal) throw refusalError(refusal);
  try {
    await prisma.$transaction(async (tx) => {
      await tx.creditAccount.update({ where: { id }, data: limits });
      await recordAudit(tx, { actor, organisationId: account.organisationId, action: "limits", entity: "CreditAccount", entityId: id, changes: { from: { creditLimit: account.creditLimit, ceiling: account.ceiling }, to: { ...limits } } });
    });
  } catch (error) {
    throw databaseRefusal(error) ?? error;
  }
}
