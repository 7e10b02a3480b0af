/**
 * An append-only journal of transfers between accounts, in memory: the reference model of the
 * ledger (the API stores the same thing in PostgreSQL, with the database's constraints as a
 * second wall, and its tests compare with this one's rules).
 *
 * - `transfer` posts an entry once per idempotency key: the same request again answers the
 *   entry already posted (`replayed: true`); another request under a used key is refused.
 * - Entries are never edited nor removed. A mistake is corrected by `reverse`, a counter-entry
 *   from the payee back to the payer for the same amount, at most once per entry, and never of a
 *   counter-entry (post a new transfer instead). Like any transfer it respects the limits.
 */
import { checkNewLimits, checkTransfer, type Limits, type Refusal } from "./rules.js";

export interface TransferRequest {
  /** Idempotency key, unique in the journal. */
  key: string;
  payer: string;
  payee: string;
  amount: number;
}

export interface Entry extends TransferRequest {
  /** Position in the journal, from 1. */
  seq: number;
  /** The entry this one reverses, if it is a counter-entry. */
  reverses: number | null;
}

export type JournalRefusal =
  | Refusal
  | { code: "unknown_account"; account: string }
  | { code: "account_exists"; account: string }
  | { code: "key_reused"; key: string }
  | { code: "unknown_entry"; seq: number }
  | { code: "already_reversed"; by: number }
  | { code: "reversal_of_reversal" };

export type Posted = { ok: true; entry: Entry; replayed: boolean } | { ok: false; refusal: JournalRefusal };

export class Journal {
  readonly #limits = new Map<string, Limits>();
  readonly #balances = new Map<string, number>();
  readonly #entries: Entry[] = [];
  readonly #byKey = new Map<string, Entry>();
  readonly #reversedBy = new Map<number, number>();

  /** Opens an account at zero. */
  open(account: string, limits: Limits): JournalRefusal | null {
    const refusal = checkNewLimits(0, limits);
    if (refusal) return refusal;
    if (this.#limits.has(account)) return { code: "account_exists", account };
    this.#limits.set(account, { ...limits });
    this.#balances.set(account, 0);
    return null;
  }

  /** New limits apply from now on; refused when the balance is already outside them. */
  setLimits(account: string, limits: Limits): JournalRefusal | null {
    if (!this.#limits.has(account)) return { code: "unknown_account", account };
    const refusal = checkNewLimits(this.balance(account), limits);
    if (refusal) return refusal;
    this.#limits.set(account, { ...limits });
    return null;
  }

  transfer(request: TransferRequest): Posted {
    return this.#post(request, null);
  }

  /** Posts the counter-entry of entry `seq` under `key`. */
  reverse({ key, seq }: { key: string; seq: number }): Posted {
    const original = this.#entries[seq - 1];
    if (!original) return { ok: false, refusal: { code: "unknown_entry", seq } };
    const request = { key, payer: original.payee, payee: original.payer, amount: original.amount };
    const known = this.#byKey.get(key);
    if (known) return this.#replay(known, request, seq);
    if (original.reverses !== null) return { ok: false, refusal: { code: "reversal_of_reversal" } };
    const by = this.#reversedBy.get(seq);
    if (by !== undefined) return { ok: false, refusal: { code: "already_reversed", by } };
    return this.#post(request, seq);
  }

  balance(account: string): number {
    return this.#balances.get(account) ?? 0;
  }

  limits(account: string): Limits | undefined {
    const limits = this.#limits.get(account);
    return limits && { ...limits };
  }

  accounts(): string[] {
    return [...this.#balances.keys()];
  }

  entries(): readonly Entry[] {
    return this.#entries.map((e) => ({ ...e }));
  }

  #post(request: TransferRequest, reverses: number | null): Posted {
    const known = this.#byKey.get(request.key);
    if (known) return this.#replay(known, request, reverses);
    for (const account of [request.payer, request.payee]) {
      if (!this.#limits.has(account)) return { ok: false, refusal: { code: "unknown_account", account } };
    }
    const state = (account: string) => ({ balance: this.balance(account), limits: this.#limits.get(account) as Limits });
    const refusal = checkTransfer({ payer: state(request.payer), payee: state(request.payee), amount: request.amount, sameAccount: request.payer === request.payee });
    if (refusal) return { ok: false, refusal };
    const entry: Entry = { ...request, seq: this.#entries.length + 1, reverses };
    this.#entries.push(entry);
    this.#byKey.set(entry.key, entry);
    if (reverses !== null) this.#reversedBy.set(reverses, entry.seq);
    this.#balances.set(request.payer, this.balance(request.payer) - request.amount);
    this.#balances.set(request.payee, this.balance(request.payee) + request.amount);
    return { ok: true, entry: { ...entry }, replayed: false };
  }

  #replay(known: Entry, request: TransferRequest, reverses: number | null): Posted {
    const same = known.payer === request.payer && known.payee === request.payee && known.amount === request.amount && known.reverses === reverses;
    return same ? { ok: true, entry: { ...known }, replayed: true } : { ok: false, refusal: { code: "key_reused", key: request.key } };
  }
}
