/**
 * An account's statement: its entries oldest first, each signed from the account's side
 * (positive when it received, negative when it paid) with the balance after it.
 *
 * @example
 *   runningBalances("bakery", 0, [{ payer: "bakery", payee: "grocery", amount: 12 }])
 *   // → [{ entry, change: -12, balanceAfter: -12 }]
 */
export interface StatementLine<E> {
  entry: E;
  change: number;
  balanceAfter: number;
}

export function runningBalances<E extends { payer: string; payee: string; amount: number }>(account: string, opening: number, entries: readonly E[]): StatementLine<E>[] {
  let balance = opening;
  return entries.map((entry) => {
    const change = entry.payee === account ? entry.amount : entry.payer === account ? -entry.amount : 0;
    balance += change;
    return { entry, change, balanceAfter: balance };
  });
}
