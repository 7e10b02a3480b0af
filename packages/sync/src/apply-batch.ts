/**
 * The server's side of a push, independent of any database. Contract:
 * - a mutation id already in the registry answers what was recorded, and is not applied again;
 * - mutations apply in per-device sequence order; a gap (an earlier one not yet received)
 *   defers that mutation and every later one of the batch, so the device sends them again;
 * - each mutation is decided and recorded in ONE transaction with its effects, and the device's
 *   last sequence only moves inside that transaction: a crash loses nothing that was answered;
 * - a business rejection is recorded like an application and does not block the ones behind it;
 * - an unexpected error rolls its transaction back and defers it and the rest of the batch.
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
}

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

export async function applyBatch<Tx>(request: PushRequest, port: ApplyPort<Tx>, decide: Decide<Tx>): Promise<BatchOutcome> {
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
      blocked = error instanceof SequenceTaken ? error.message : "the server could not apply this change now; it will be sent again";
      results.push(defer(mutation, blocked));
    }
  }
  return { results, lastSeq };
}

function reject(m: Mutation, code: string, message: string): MutationResult {
  return { id: m.id, seq: m.seq, status: "rejected", code, message };
}

function defer(m: Mutation, message: string): MutationResult {
  return { id: m.id, seq: m.seq, status: "deferred", code: "deferred", message };
}
