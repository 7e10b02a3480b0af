/**
 * The server's side of a push, independent of any database. Contract:
 * - a mutation id already in the registry answers what was recorded, and is not applied again;
 * - mutations apply in per-device sequence order; a gap (an earlier one not yet received)
 *   defers that mutation and every later one of the batch, so the device sends them again;
 * - each mutation is decided and recorded in ONE transaction with its effects, and the device's
 *   last sequence only moves inside that transaction: a crash loses nothing that was answered;
 * - a business rejection is recorded like an application and does not block the ones behind it;
 * - an unexpected error rolls its transaction back and defers it and the rest of the batch; where
 *   the port counts failures, a mutation that failed `maxFailures` times (across pushes) is
 *   settled `rejected` with code `server_error` in a transaction of its own, so no change can
 *   block its device's queue for ever (its content stays in the registry for a coordinator).
 */
import type { Mutation, MutationResult, PushRequest } from "./protocol.js";

export type Decision = { status: "applied"; code?: string; message?: string } | { status: "rejected"; code: string; message: string };

export interface ApplyPort<Tx> {
  /** The final result recorded for this mutation id, if any. */
  recorded(mutationId: string): Promise<MutationResult | null>;
  lastSeq(deviceId: string): Promise<number>;
  transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T>;
  /**
   * Inside the transaction: records the decision and moves the device's last sequence from
   * `seq - 1` to `seq`. Answers false when another push got there first (the caller rolls back).
   */
  record(tx: Tx, mutation: Mutation, decision: Decision): Promise<boolean>;
  /**
   * Counts an unexpected failure of this mutation, outside its rolled-back transaction, and
   * answers how many there have been (across pushes). Optional: without it, a failing mutation
   * waits until it applies.
   */
  countFailure?(mutation: Mutation, error: unknown): Promise<number>;
}

export interface BatchOptions<Tx> {
  /** Unexpected failures of one mutation before it is settled `rejected` (`server_error`). */
  maxFailures?: number;
  /** Inside the transaction that settles a mutation as `server_error`: tell the people who must know. */
  gaveUp?(tx: Tx, mutation: Mutation, decision: Decision): Promise<void>;
}

export const SERVER_ERROR = "server_error";

export type Decide<Tx> = (tx: Tx, mutation: Mutation) => Promise<Decision>;

export class SequenceTaken extends Error {
  constructor(readonly mutation: Mutation) {
    super(`sequence ${mutation.seq} of device ${mutation.deviceId} was settled by another push`);
  }
}

export interface BatchOutcome {
  results: MutationResult[];
  lastSeq: number;
}

export async function applyBatch<Tx>(request: PushRequest, port: ApplyPort<Tx>, decide: Decide<Tx>, options: BatchOptions<Tx> = {}): Promise<BatchOutcome> {
  const { maxFailures = 3 } = options;
  const mutations = [...request.mutations].sort((a, b) => a.seq - b.seq);
  const results: MutationResult[] = [];
  let lastSeq = await port.lastSeq(request.deviceId);
  let blocked: string | null = null;
  for (const mutation of mutations) {
    const known = await port.recorded(mutation.id);
    if (known) {
      results.push(known);
      continue;
    }
    if (mutation.deviceId !== request.deviceId) {
      results.push(reject(mutation, "wrong_device", "this mutation belongs to another device: push it from that device"));
      continue;
    }
    if (blocked) {
      results.push(defer(mutation, blocked));
      continue;
    }
    if (mutation.seq <= lastSeq) {
      results.push(reject(mutation, "sequence_reused", `sequence ${mutation.seq} was already used by another change of this device`));
      continue;
    }
    if (mutation.seq > lastSeq + 1) {
      blocked = `waiting for sequence ${lastSeq + 1} of this device`;
      results.push(defer(mutation, blocked));
      continue;
    }
    try {
      const decision = await port.transaction(async (tx) => {
        const decided = await decide(tx, mutation);
        if (!(await port.record(tx, mutation, decided))) throw new SequenceTaken(mutation);
        return decided;
      });
      results.push({ id: mutation.id, seq: mutation.seq, ...decision });
      lastSeq = mutation.seq;
    } catch (error) {
      const again = await port.recorded(mutation.id);
      if (again) {
        results.push(again);
        lastSeq = mutation.seq;
        continue;
      }
      const settled = error instanceof SequenceTaken ? null : await giveUp(port, mutation, error, maxFailures, options.gaveUp);
      if (settled) {
        results.push(settled);
        lastSeq = mutation.seq;
        continue;
      }
      blocked = error instanceof SequenceTaken ? error.message : "the server could not apply this change now; it will be sent again";
      results.push(defer(mutation, blocked));
    }
  }
  return { results, lastSeq };
}

/** After `maxFailures` unexpected failures, the mutation's final answer; null while it may still apply (or the database cannot record anything). */
async function giveUp<Tx>(port: ApplyPort<Tx>, mutation: Mutation, error: unknown, maxFailures: number, gaveUp: BatchOptions<Tx>["gaveUp"]): Promise<MutationResult | null> {
  if (!port.countFailure) return null;
  try {
    const failures = await port.countFailure(mutation, error);
    if (failures < maxFailures) return null;
    const decision: Decision = {
      status: "rejected",
      code: SERVER_ERROR,
      message: `the server failed ${failures} times on this change: it is kept for the coordinator, and the changes after it go on`,
    };
    return await port.transaction(async (tx) => {
      if (!(await port.record(tx, mutation, decision))) throw new SequenceTaken(mutation);
      await gaveUp?.(tx, mutation, decision);
      return { id: mutation.id, seq: mutation.seq, ...decision };
    });
  } catch {
    return (await port.recorded(mutation.id).catch(() => null)) ?? null;
  }
}

function reject(m: Mutation, code: string, message: string): MutationResult {
  return { id: m.id, seq: m.seq, status: "rejected", code, message };
}

function defer(m: Mutation, message: string): MutationResult {
  return { id: m.id, seq: m.seq, status: "deferred", code: "deferred", message };
}
