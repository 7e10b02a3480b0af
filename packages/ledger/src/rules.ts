/**
 * The rules every transfer of a mutual-credit network obeys, whatever stores it.
 *
 * - Amounts are whole units of account (1 unit = 1 €), strictly positive, below 2^31.
 * - A transfer debits one account and credits another, never the same one: the balances of a
 *   network always sum to zero.
 * - Each account moves between its floor (minus its credit limit) and its ceiling: a transfer
 *   that would take the payer below `-creditLimit` or the payee above `ceiling` is refused
 *   (the "negative credit limit" and "upper credit limit" of Cyclos' account types, set per
 *   member).
 *
 * @example
 *   checkTransfer({ payer: { balance: -40, limits: { creditLimit: 50, ceiling: 200 } },
 *                   payee: { balance: 0, limits: { creditLimit: 50, ceiling: 200 } }, amount: 20 })
 *   // → { code: "below_floor", account: "payer", available: 10 }
 */

/** How far an account may go: down to `-creditLimit`, up to `ceiling` (both ≥ 0, whole units). */
export interface Limits {
  creditLimit: number;
  ceiling: number;
}

export interface AccountState {
  balance: number;
  limits: Limits;
}

/** The largest amount the ledger holds in one transfer or balance (a PostgreSQL integer). */
export const MAX_UNITS = 2_147_483_647;

export type Refusal =
  | { code: "invalid_amount"; amount: number }
  | { code: "same_account" }
  | { code: "invalid_limits" }
  /** The payer would go below its floor; `available` is what it may still spend. */
  | { code: "below_floor"; available: number }
  /** The payee would go above its ceiling; `room` is what it may still receive. */
  | { code: "above_ceiling"; room: number }
  /** The account's balance is already outside the limits asked for. */
  | { code: "balance_outside_limits"; balance: number };

export const isWholeUnits = (n: number): boolean => Number.isSafeInteger(n) && n >= 0 && n <= MAX_UNITS;

export function checkLimits(limits: Limits): Refusal | null {
  return isWholeUnits(limits.creditLimit) && isWholeUnits(limits.ceiling) ? null : { code: "invalid_limits" };
}

/** What the payer may still spend without going below its floor. */
export const availableToSpend = (account: AccountState): number => Math.max(0, account.balance + account.limits.creditLimit);

/** What the payee may still receive without going above its ceiling. */
export const roomToReceive = (account: AccountState): number => Math.max(0, account.limits.ceiling - account.balance);

/** Null when the transfer may be posted, else why not. Accounts are told apart by the caller. */
export function checkTransfer({ payer, payee, amount, sameAccount = false }: { payer: AccountState; payee: AccountState; amount: number; sameAccount?: boolean }): Refusal | null {
  if (!isWholeUnits(amount) || amount === 0) return { code: "invalid_amount", amount };
  if (sameAccount) return { code: "same_account" };
  if (payer.balance - amount < -payer.limits.creditLimit) return { code: "below_floor", available: availableToSpend(payer) };
  if (payee.balance + amount > payee.limits.ceiling) return { code: "above_ceiling", room: roomToReceive(payee) };
  return null;
}

/** Null when limits may be given to an account holding `balance`. */
export function checkNewLimits(balance: number, limits: Limits): Refusal | null {
  const invalid = checkLimits(limits);
  if (invalid) return invalid;
  return balance < -limits.creditLimit || balance > limits.ceiling ? { code: "balance_outside_limits", balance } : null;
}
