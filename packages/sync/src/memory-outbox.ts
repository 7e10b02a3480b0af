/** An outbox held in memory: for tests, simulations and the server's own tools. */
import type { NewMutation, Outbox } from "./outbox.js";
import { isFinal } from "./outbox.js";
import type { Mutation, MutationResult } from "./protocol.js";
import { uuidv7 } from "./uuid.js";

export class MemoryOutbox implements Outbox {
  private readonly queue: Mutation[] = [];
  private readonly rejected: MutationResult[] = [];
  private lastSeq = 0;

  constructor(
    readonly deviceId: string,
    private readonly newId: (deviceTime: Date) => string = (t) => uuidv7(t.getTime()),
  ) {}

  async enqueue({ kind, payload, deviceTime }: NewMutation): Promise<Mutation> {
    this.lastSeq += 1;
    const mutation: Mutation = {
      id: this.newId(deviceTime),
      deviceId: this.deviceId,
      seq: this.lastSeq,
      deviceTime: deviceTime.toISOString(),
      kind,
      payload,
    };
    this.queue.push(mutation);
    return mutation;
  }

  async pending(limit: number): Promise<Mutation[]> {
    return this.queue.slice(0, limit);
  }

  async count(): Promise<number> {
    return this.queue.length;
  }

  async settle(results: readonly MutationResult[]): Promise<void> {
    const done = new Set(results.filter(isFinal).map((r) => r.id));
    for (let i = this.queue.length - 1; i >= 0; i--) if (done.has(this.queue[i]!.id)) this.queue.splice(i, 1);
    this.rejected.push(...results.filter((r) => r.status === "rejected"));
  }

  async rejections(): Promise<MutationResult[]> {
    return [...this.rejected];
  }
}
