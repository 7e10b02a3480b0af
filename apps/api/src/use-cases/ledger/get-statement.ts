/**
 * An account's statement for one month (Paris calendar, by posting time): the balance at the
 * start, each entry in words from the account's side, the balance at the end.
 */
import { monthKey } from "@tournee/domain/calendar";
import type { CreditStatement } from "@tournee/domain";
import { runningBalances } from "@tournee/ledger";
import type { Actor } from "../../auth/actor.js";
import { isoDate } from "../../db/db-date.js";
import type { Services } from "../../services.js";
import { findActableAccount } from "./ledger-records.js";

export async function getStatement({ services, actor, id, month }: { services: Services; actor: Actor; id: string; month?: string }): Promise<CreditStatement> {
  const prisma = services.db.prisma;
  const account = await findActableAccount(prisma, actor, id);
  const wanted = month ?? monthKey(services.now());
  const entries = await prisma.creditEntry.findMany({
    where: { OR: [{ payerAccountId: id }, { payeeAccountId: id }] },
    include: { payer: { include: { organisation: { select: { name: true } } } }, payee: { include: { organisation: { select: { name: true } } } }, reversedBy: { select: { id: true } } },
    orderBy: { seq: "asc" },
  });
  const lines = runningBalances(id, 0, entries.map((e) => ({ ...e, payer: e.payerAccountId, payee: e.payeeAccountId, row: e })));
  const before = lines.filter((l) => monthKey(l.entry.postedAt) < wanted);
  const during = lines.filter((l) => monthKey(l.entry.postedAt) === wanted);
  const opening = before.at(-1)?.balanceAfter ?? 0;
  return {
    accountId: id,
    organisationName: account.organisation.name,
    network: { id: account.network.id, name: account.network.name, unitName: account.network.unitName, unitPlural: account.network.unitPlural },
    month: wanted,
    opening,
    closing: during.at(-1)?.balanceAfter ?? opening,
    lines: during.map(({ entry: { row }, change, balanceAfter }) => ({
      entryId: row.id,
      postedAt: row.postedAt.toISOString(),
      serviceDate: isoDate(row.serviceDate),
      counterpartName: (row.payeeAccountId === id ? row.payer : row.payee).organisation.name,
      description: row.description,
      change,
      balanceAfter,
      reversesEntryId: row.reversesId,
      reversedByEntryId: row.reversedBy?.id ?? null,
      canReverse: row.payeeAccountId === id && row.reversesId === null && row.reversedBy === null,
    })),
  };
}
