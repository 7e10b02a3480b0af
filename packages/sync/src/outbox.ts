/**
 * The outbox port: where a device keeps its mutations until the server has settled them.
 * Contract: `enqueue` gives the next sequence number and stores the mutation atomically; a
 * mutation leaves only through `settle`, and only for a final answer (`applied` or `rejected`).
 * Rejections are kept so the device can show them.
 */
import type { Mutation, MutationResult } from "./protocol.js";

export interface NewMutation {
  kind: string;
  payload: Record<string, unknown>;
  /** Device clock at the moment the person acted. */
  deviceTime: Date;
}

export interface Outbox {
  readonly deviceId: string;
  enqueue(change: NewMutation): Promise<Mutation>;
  /** The oldest pending mutations, in sequence order. */
  pending(limit: number): Promise<Mutation[]>;
  count(): Promise<number>;
  /** Removes the mutations the server settled for good; keeps deferred ones. */
  settle(results: readonly MutationResult[]): Promise<void>;
  rejections(): Promise<MutationResult[]>;
}

export function isFinal(result: MutationResult): boolean {
  return result.status === "applied" || result.status === "rejected";
}
