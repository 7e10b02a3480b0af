/**
 * Corrects an entry by its counter-entry: the member that was credited pays the same amount
 * back, once (a counter-entry is never itself reversed; record a new claim instead). The
 * credited member's coordinators or an administrator may do it; the same key answers the same
 * counter-entry again.
 */
import type { Actor } from "../../auth/actor.js";
import { isoDate } from "../../db/db-date.js";
import { ApiError, notFound } from "../../http/errors.js";
import type { Services } from "../../services.js";
import { recordAudit } from "../record-audit.js";
import { actableAccounts } from "./ledger-records.js";
import { databaseRefusal, postEntry } from "./post-entry.js";

export async function reverseEntry({ services, actor, id, key, reason }: { services: Services; actor: Actor; id: string; key: string; reason: string }) {
  const prisma = services.db.prisma;
  const original = await prisma.creditEntry.findFirst({
    where: { id, OR: [{ payer: actableAccounts(actor) }, { payee: actableAccounts(actor) }] },
    include: { payee: true, reversedBy: true },
  });
  if (!original) throw notFound("ledger entry");
  const mayReverse = await prisma.creditAccount.count({ where: { id: original.payeeAccountId, ...actableAccounts(actor) } });
  if (!mayReverse) throw new ApiError("forbidden", "the member that was credited reverses an entry (or the network's administrator)");
  const known = await prisma.creditEntry.findUnique({ where: { networkId_key: { networkId: original.networkId, key } } });
  if (known) {
    if (known.reversesId !== id) throw new ApiError("conflict", "this key was already used for another entry: open the form again");
    return { entryId: known.id, replayed: true };
  }
  if (original.reversesId) throw new ApiError("conflict", "a counter-entry is not reversed: record a new claim instead");
  if (original.reversedBy) throw new ApiError("conflict", "this entry is already reversed");
  try {
    const entry = await prisma.$transaction(async (tx) => {
      const posted = await postEntry(tx, actor, {
        networkId: original.networkId, key, payerAccountId: original.payeeAccountId, payeeAccountId: original.payerAccountId,
        amount: original.amount, description: reason, serviceDate: isoDate(original.serviceDate), reversesId: original.id,
      });
      await recordAudit(tx, { actor, organisationId: original.payee.organisationId, action: "reverse", entity: "CreditEntry", entityId: original.id, changes: { counterEntryId: posted.id, reason } });
      return posted;
    });
    return { entryId: entry.id, replayed: false };
  } catch (error) {
    throw databaseRefusal(error) ?? error;
  }
}
