/**
 * A server kept in memory for simulations: an idempotency registry, per-device last sequence
 * and an effect log, with real transaction semantics (nothing of a failed transaction stays)
 * and restarts that cut a batch in the middle, before or after a commit.
 */
import { applyBatch, type ApplyPort, type Decision } from "../apply-batch.js";
import type { Mutation, MutationResult, PushRequest, PushResponse } from "../protocol.js";

export interface Effect {
  mutationId: string;
  deviceId: string;
  seq: number;
}

interface Tx {
  effects: Effect[];
  record?: { mutation: Mutation; result: MutationResult };
}

export class ServerRestarted extends Error {
  constructor() {
    super("server restarted in the middle of the batch");
  }
}

export class MemoryServer {
  readonly registry = new Map<string, MutationResult>();
  readonly lastSeqs = new Map<string, number>();
  readonly effects: Effect[] = [];
  /** Unexpected failures per mutation id, kept across pushes like a table. */
  readonly failures = new Map<string, number>();
  /** Transactions left before the next restart; null: no restart planned. */
  private crashIn: number | null = null;
  private crashAfterCommit = false;
  restarts = 0;

  /** A mutation of kind `reject` is a business rejection; `poison` fails unexpectedly every time; anything else applies. */
  async handle(request: PushRequest): Promise<PushResponse> {
    const outcome = await applyBatch(request, this.port(), async (tx, m) => this.decide(tx, m));
    if (this.crashIn !== null && this.crashIn < 0) {
      this.crashIn = null;
      this.restarts += 1;
      throw new ServerRestarted();
    }
    this.crashIn = null;
    return { results: outcome.results, lastSeq: outcome.lastSeq, serverTime: new Date(0).toISOString() };
  }

  planRestart(afterTransactions: number, afterCommit: boolean): void {
    this.crashIn = afterTransactions;
    this.crashAfterCommit = afterCommit;
  }

  private async decide(tx: Tx, m: Mutation): Promise<Decision> {
    if (m.kind === "reject") return { status: "rejected", code: "round_closed", message: "the round was closed" };
    if (m.kind === "poison") throw new Error("a change this server cannot apply");
    tx.effects.push({ mutationId: m.id, deviceId: m.deviceId, seq: m.seq });
    return { status: "applied" };
  }

  private port(): ApplyPort<Tx> {
    return {
      recorded: async (id) => this.registry.get(id) ?? null,
      lastSeq: async (deviceId) => this.lastSeqs.get(deviceId) ?? 0,
      record: async (tx, mutation, decision) => {
        if ((this.lastSeqs.get(mutation.deviceId) ?? 0) !== mutation.seq - 1) return false;
        tx.record = { mutation, result: { id: mutation.id, seq: mutation.seq, ...decision } };
        return true;
      },
      countFailure: async (mutation) => {
        if (this.crashIn !== null && this.crashIn < 0) throw new ServerRestarted();
        const failures = (this.failures.get(mutation.id) ?? 0) + 1;
        this.failures.set(mutation.id, failures);
        return failures;
      },
      transaction: async (work) => {
        if (this.crashIn !== null && this.crashIn < 0) throw new ServerRestarted();
        const crashNow = this.crashIn === 0;
        if (crashNow && !this.crashAfterCommit) {
          this.crashIn = -1;
          throw new ServerRestarted();
        }
        const tx: Tx = { effects: [] };
        const value = await work(tx);
        this.commit(tx);
        if (this.crashIn !== null) this.crashIn -= 1;
        if (crashNow) throw new ServerRestarted();
        return value;
      },
    };
  }

  private commit(tx: Tx): void {
    if (!tx.record) throw new Error("a transaction must record its mutation");
    const { mutation, result } = tx.record;
    this.registry.set(mutation.id, result);
    this.lastSeqs.set(mutation.deviceId, mutation.seq);
    this.effects.push(...tx.effects);
  }
}
