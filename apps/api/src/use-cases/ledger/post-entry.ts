/**
 * Posts one ledger entry inside the caller's transaction. The rules of packages/ledger are
 * checked first against the accounts as they stand (a clear refusal naming what is left); the
 * database then checks them again (the entry's trigger moves both balances under the limits'
 * CHECK, the network's balances must sum to zero at commit), so two requests racing for the
 * same credit cannot both pass.
 */
import { checkTransfer, type Refusal } from "@tournee/ledger";
import type { Actor } from "../../auth/actor.js";
import { dbDate } from "../../db/db-date.js";
import type { Prisma } from "../../generated/prisma/client.js";
import { ApiError } from "../../http/errors.js";

export interface EntryRequest {
  networkId: string;
  key: string;
  payerAccountId: string;
  payeeAccountId: string;
  amount: number;
  description: string;
  serviceDate: string;
  reversesId?: string;
}

export async function postEntry(tx: Prisma.TransactionClient, actor: Actor, request: EntryRequest) {
  const accounts = await tx.creditAccount.findMany({ where: { id: { in: [request.payerAccountId, request.payeeAccountId] }, networkId: request.networkId } });
  const state = (id: string) => {
    const a = accounts.find((x) => x.id === id);
    if (!a) throw new ApiError("not_found", "credit account not found in this network");
    return { balance: a.balance, limits: { creditLimit: a.creditLimit, ceiling: a.ceiling } };
  };
  const refusal = checkTransfer({ payer: state(request.payerAccountId), payee: state(request.payeeAccountId), amount: request.amount, sameAccount: request.payerAccountId === request.payeeAccountId });
  if (refusal) throw refusalError(refusal);
  try {
    return await tx.creditEntry.create({
      data: { ...request, serviceDate: dbDate(request.serviceDate), recordedById: actor.userId },
    });
  } catch (error) {
    throw databaseRefusal(error) ?? error;
  }
}

export function refusalError(refusal: Refusal): ApiError {
  switch (refusal.code) {
    case "below_floor":
      return new ApiError("credit_limit_reached", `the paying member may spend ${refusal.available} more units before its credit limit`);
    case "above_ceiling":
      return new ApiError("credit_ceiling_reached", `the receiving member may receive ${refusal.room} more units before its ceiling`);
    case "balance_outside_limits":
      return new ApiError("balance_outside_limits", `the balance is ${refusal.balance}: limits must leave it inside them`);
    case "same_account":
      return new ApiError("validation_failed", "a transfer is between two different members", [{ in: "body", path: "debtorAccountId", message: "choose another member" }]);
    default:
      return new ApiError("validation_failed", "amounts and limits are whole units", [{ in: "body", path: "amount", message: "whole units, at least 1" }]);
  }
}

/** What the database's second wall said, as the error a client understands; null if it was something else. */
export function databaseRefusal(error: unknown): ApiError | null {
  const text = errorText(error);
  if (/CreditAccount_balance_within_limits/.test(text)) return new ApiError("credit_limit_reached", "another entry used this credit in the meantime: reload the balance");
  if (/CreditEntry_networkId_key_key|Unique constraint failed.*key|CreditEntry_reversesId_key|CreditClaim_networkId_key_key/i.test(text)) {
    return new ApiError("conflict", "this was already recorded (same request, or the entry is already reversed): reload");
  }
  return null;
}

function errorText(error: unknown): string {
  const parts: string[] = [];
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    parts.push(String((e as Error).message ?? e), JSON.stringify((e as { meta?: unknown }).meta ?? null));
  }
  return parts.join(" ");
}
