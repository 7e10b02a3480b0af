/**
 * A finished month's share goes to the partners' mutual-credit ledger as a claim of the carrier on
 * the partner (the ledger's own use case: the partner accepts or disputes it there). The server
 * posts it by itself once the month is over (post-finished-months.ts); the carrier may post it
 * first from the statement. The key is the partnership and the month, so it is posted once.
 */
import { monthKey } from "@tournee/domain/calendar";
import type { Actor } from "../../auth/actor.js";
import { ApiError } from "../../http/errors.js";
import type { Services } from "../../services.js";
import { storeClaim } from "../ledger/record-claim.js";
import { pooledStatementOf } from "./get-pooled-statement.js";
import { findPartnership, sideOf, type Partnership } from "./partnership-records.js";
import { statementKey } from "./statement-claim.js";

const MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

export async function postPooledStatement({ services, actor, id, month }: { services: Services; actor: Actor; id: string; month: string }) {
  const partnership = await findPartnership(services.db.prisma, actor, id);
  if (sideOf(actor, partnership) !== "carrier") throw new ApiError("forbidden", "the carrier posts the month's share; the partner accepts or disputes it in the ledger");
  return postMonthShare(services, partnership, month, actor);
}

/** Posts the month's share, or answers the claim already posted; `actor` is none when the server posts it. */
export async function postMonthShare(services: Services, partnership: Partnership, month: string, actor: Actor | undefined) {
  if (month >= monthKey(services.now())) throw new ApiError("conflict", `the month ${month} is not over: post its share from the first day of the next month`);
  const statement = await pooledStatementOf(services, partnership, month, "carrier");
  if (!statement.ledger) throw new ApiError("conflict", "the two organisations have no accounts in one mutual-credit network: ask the network's administrator to open them");
  if (statement.ledger.amount < 1) throw new ApiError("conflict", "the partner's share this month is under one unit: there is nothing to post");
  const accounts = await services.db.prisma.creditAccount.findMany({ where: { organisationId: { in: [partnership.carrierId, partnership.partnerId] } } });
  const creditor = accounts.find((a) => a.organisationId === partnership.carrierId)!;
  const debtor = accounts.find((a) => a.organisationId === partnership.partnerId && a.networkId === creditor.networkId)!;
  const [year, m] = month.split("-").map(Number) as [number, number];
  return storeClaim({
    services,
    actor,
    creditor,
    debtor,
    input: {
      key: statementKey(partnership.id, month),
      amount: statement.ledger.amount,
      description: `Tournée partagée, ${MONTHS_FR[m - 1]} ${year} : part des frais de ${partnership.partner.name} (${statement.rounds.length} tournée${statement.rounds.length > 1 ? "s" : ""})`,
      serviceDate: new Date(Date.UTC(year, m, 0)).toISOString().slice(0, 10),
    },
  });
}
