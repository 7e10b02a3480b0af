import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Journal, type Entry } from "./journal.js";

const LIMITS = { creditLimit: 50, ceiling: 100 };

function journalOf(...accounts: string[]): Journal {
  const journal = new Journal();
  for (const a of accounts) expect(journal.open(a, LIMITS)).toBeNull();
  return journal;
}

describe("Journal", () => {
  it("debits the payer and credits the payee", () => {
    const j = journalOf("bakery", "grocery");
    const posted = j.transfer({ key: "k1", payer: "bakery", payee: "grocery", amount: 12 });
    expect(posted).toMatchObject({ ok: true, replayed: false, entry: { seq: 1, amount: 12 } });
    expect([j.balance("bakery"), j.balance("grocery")]).toEqual([-12, 12]);
  });

  it("refuses a transfer beyond the payer's credit limit or the payee's ceiling, saying how much is left", () => {
    const j = journalOf("a", "b", "c");
    expect(j.transfer({ key: "1", payer: "a", payee: "b", amount: 51 })).toEqual({ ok: false, refusal: { code: "below_floor", available: 50 } });
    expect(j.transfer({ key: "2", payer: "a", payee: "b", amount: 50 }).ok).toBe(true);
    expect(j.transfer({ key: "3", payer: "c", payee: "b", amount: 50 }).ok).toBe(true);
    expect(j.setLimits("a", { creditLimit: 200, ceiling: 100 })).toBeNull();
    expect(j.transfer({ key: "4", payer: "a", payee: "b", amount: 1 })).toEqual({ ok: false, refusal: { code: "above_ceiling", room: 0 } });
  });

  it("refuses zero, fractions, the same account on both sides and unknown accounts", () => {
    const j = journalOf("a", "b");
    expect(j.transfer({ key: "1", payer: "a", payee: "b", amount: 0 }).ok).toBe(false);
    expect(j.transfer({ key: "2", payer: "a", payee: "b", amount: 2.5 }).ok).toBe(false);
    expect(j.transfer({ key: "3", payer: "a", payee: "a", amount: 2 })).toEqual({ ok: false, refusal: { code: "same_account" } });
    expect(j.transfer({ key: "4", payer: "a", payee: "z", amount: 2 })).toEqual({ ok: false, refusal: { code: "unknown_account", account: "z" } });
    expect(j.entries()).toEqual([]);
  });

  it("answers a replayed request with the entry already posted, and refuses another request under its key", () => {
    const j = journalOf("a", "b");
    const first = j.transfer({ key: "k", payer: "a", payee: "b", amount: 5 });
    expect(j.transfer({ key: "k", payer: "a", payee: "b", amount: 5 })).toEqual({ ...first, replayed: true });
    expect(j.transfer({ key: "k", payer: "a", payee: "b", amount: 6 })).toEqual({ ok: false, refusal: { code: "key_reused", key: "k" } });
    expect(j.balance("b")).toBe(5);
  });

  it("corrects by a counter-entry, once, never by editing", () => {
    const j = journalOf("a", "b");
    j.transfer({ key: "k", payer: "a", payee: "b", amount: 5 });
    const reversal = j.reverse({ key: "undo-k", seq: 1 });
    expect(reversal).toMatchObject({ ok: true, entry: { seq: 2, payer: "b", payee: "a", amount: 5, reverses: 1 } });
    expect(j.reverse({ key: "undo-k", seq: 1 })).toMatchObject({ ok: true, replayed: true });
    expect(j.reverse({ key: "undo-k-again", seq: 1 })).toEqual({ ok: false, refusal: { code: "already_reversed", by: 2 } });
    expect(j.reverse({ key: "undo-undo", seq: 2 })).toEqual({ ok: false, refusal: { code: "reversal_of_reversal" } });
    expect(j.entries().map((e) => e.amount)).toEqual([5, 5]);
    expect([j.balance("a"), j.balance("b")]).toEqual([0, 0]);
  });

  it("refuses limits the balance is already outside of", () => {
    const j = journalOf("a", "b");
    j.transfer({ key: "k", payer: "a", payee: "b", amount: 30 });
    expect(j.setLimits("a", { creditLimit: 20, ceiling: 100 })).toEqual({ code: "balance_outside_limits", balance: -30 });
    expect(j.limits("a")).toEqual(LIMITS);
  });
});

const ACCOUNTS = ["grocery", "bakery", "redcross", "farm"];
const account = fc.constantFrom(...ACCOUNTS);
const limits = fc.record({ creditLimit: fc.integer({ min: 0, max: 300 }), ceiling: fc.integer({ min: 0, max: 300 }) });
/** Keys from a small pool, so that replays and reused keys happen often. */
const key = fc.integer({ min: 0, max: 40 }).map((n) => `key-${n}`);
const operation = fc.oneof(
  { weight: 6, arbitrary: fc.record({ op: fc.constant("transfer" as const), key, payer: account, payee: account, amount: fc.integer({ min: -5, max: 200 }) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant("reverse" as const), key, seq: fc.integer({ min: 1, max: 30 }) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("limits" as const), account, limits }) },
);

type Operation = typeof operation extends fc.Arbitrary<infer T> ? T : never;

function run(ops: Operation[], startLimits: Record<string, { creditLimit: number; ceiling: number }>): Journal {
  const j = new Journal();
  for (const a of ACCOUNTS) j.open(a, startLimits[a] ?? LIMITS);
  for (const o of ops) {
    if (o.op === "transfer") j.transfer(o);
    else if (o.op === "reverse") j.reverse(o);
    else j.setLimits(o.account, o.limits);
  }
  return j;
}

const scenario = fc.record({ start: fc.record(Object.fromEntries(ACCOUNTS.map((a) => [a, limits]))), ops: fc.array(operation, { maxLength: 80 }) });

describe("Journal properties", () => {
  it("balances always sum to zero, each within its limits, and equal the entries' net", () => {
    fc.assert(
      fc.property(scenario, ({ start, ops }) => {
        const j = run(ops, start);
        expect(ACCOUNTS.reduce((sum, a) => sum + j.balance(a), 0)).toBe(0);
        for (const a of ACCOUNTS) {
          const l = j.limits(a)!;
          expect(j.balance(a)).toBeGreaterThanOrEqual(-l.creditLimit);
          expect(j.balance(a)).toBeLessThanOrEqual(l.ceiling);
          const net = j.entries().reduce((s, e) => s + (e.payee === a ? e.amount : 0) - (e.payer === a ? e.amount : 0), 0);
          expect(j.balance(a)).toBe(net);
        }
      }),
    );
  });

  it("never posts a key twice nor reverses an entry twice, and replaying every posted request changes nothing", () => {
    fc.assert(
      fc.property(scenario, ({ start, ops }) => {
        const j = run(ops, start);
        const entries = j.entries();
        expect(new Set(entries.map((e) => e.key)).size).toBe(entries.length);
        const reversed = entries.flatMap((e) => (e.reverses === null ? [] : [e.reverses]));
        expect(new Set(reversed).size).toBe(reversed.length);
        const balances = ACCOUNTS.map((a) => j.balance(a));
        for (const e of entries as Entry[]) {
          const again = e.reverses === null ? j.transfer(e) : j.reverse({ key: e.key, seq: e.reverses });
          expect(again).toEqual({ ok: true, entry: e, replayed: true });
        }
        expect(j.entries()).toEqual(entries);
        expect(ACCOUNTS.map((a) => j.balance(a))).toEqual(balances);
      }),
    );
  });
});
