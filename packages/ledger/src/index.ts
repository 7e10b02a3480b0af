/**
 * @tournee/ledger: the rules of a mutual-credit network between organisations (zero-sum
 * double entry in whole units, per-account credit limit and ceiling, idempotent transfers,
 * reversal by counter-entry), with no framework and no storage. See README.md.
 */
export { availableToSpend, checkLimits, checkNewLimits, checkTransfer, isWholeUnits, MAX_UNITS, roomToReceive, type AccountState, type Limits, type Refusal } from "./rules.js";
export { Journal, type Entry, type JournalRefusal, type Posted, type TransferRequest } from "./journal.js";
export { runningBalances, type StatementLine } from "./statement.js";
