/**
 * Pushes a device's outbox to the server in batches. A mutation leaves the outbox only when
 * the server's answer settles it. A lost answer means the same batch is pushed again (the
 * server answers duplicates with what it recorded). An expired session pauses pushing until
 * `resume()`; nothing is dropped.
 */
import { backoffDelay, type BackoffOptions } from "./backoff.js";
import type { Outbox } from "./outbox.js";
import type { PushRequest, PushResponse } from "./protocol.js";

export type PushAnswer =
  | { kind: "ok"; response: PushResponse }
  | { kind: "unauthorized" }
  | { kind: "failed"; message: string };

/** Sends one push; network failures may throw or answer `failed`. */
export type PushTransport = (request: PushRequest) => Promise<PushAnswer>;

export type PushStep = "empty" | "progress" | "paused" | "failed";

export interface PusherState {
  pending: number;
  lastSyncAt: Date | null;
  paused: boolean;
  failures: number;
  lastError: string | null;
  running: boolean;
}

export interface PusherOptions {
  outbox: Outbox;
  transport: PushTransport;
  batchSize?: number;
  now?: () => Date;
  backoff?: BackoffOptions;
  sleep?: (ms: number) => Promise<void>;
  onChange?: (state: PusherState) => void;
}

export class Pusher {
  private readonly state: PusherState = { pending: 0, lastSyncAt: null, paused: false, failures: 0, lastError: null, running: false };
  private current: Promise<PushStep> | null = null;
  /** Bumped by `resume()`: a 401 to a push sent before the new sign-in must not pause again. */
  private signIns = 0;

  constructor(private readonly options: PusherOptions) {}

  snapshot(): PusherState {
    return { ...this.state };
  }

  /** After the person signed in again. */
  resume(): void {
    this.signIns += 1;
    this.state.paused = false;
    this.emit();
  }

  /** One batch. Concurrent calls share the push in flight, so a batch is never sent twice at once. */
  pushOnce(): Promise<PushStep> {
    this.current ??= this.step().finally(() => {
      this.current = null;
    });
    return this.current;
  }

  /** Pushes until the outbox is empty, paused, or `maxFailures` failures in a row (waiting with backoff between). */
  async drain(maxFailures = 1): Promise<PushStep> {
    if (this.state.running) return "progress";
    this.state.running = true;
    this.emit();
    try {
      for (let failures = 0; ; ) {
        const step = await this.pushOnce();
        if (step === "empty" || step === "paused") return step;
        if (step === "failed") {
          failures += 1;
          if (failures >= maxFailures) return step;
          await (this.options.sleep ?? delay)(backoffDelay(this.state.failures, this.options.backoff));
        } else failures = 0;
      }
    } finally {
      this.state.running = false;
      this.emit();
    }
  }

  async refresh(): Promise<void> {
    this.state.pending = await this.options.outbox.count();
    this.emit();
  }

  private async step(): Promise<PushStep> {
    const { outbox, transport, batchSize = 100, now = () => new Date() } = this.options;
    if (this.state.paused) return "paused";
    const batch = await outbox.pending(batchSize);
    if (batch.length === 0) {
      await this.refresh();
      return "empty";
    }
    const signIns = this.signIns;
    let answer: PushAnswer;
    try {
      answer = await transport({ deviceId: outbox.deviceId, mutations: batch });
    } catch (error) {
      answer = { kind: "failed", message: error instanceof Error ? error.message : String(error) };
    }
    if (answer.kind === "unauthorized" && signIns !== this.signIns) answer = { kind: "failed", message: "signed in again meanwhile" };
    if (answer.kind === "unauthorized") {
      this.state.paused = true;
      this.state.lastError = "session expired: sign in again to send the changes kept on this device";
      this.emit();
      return "paused";
    }
    if (answer.kind === "failed") {
      this.state.failures += 1;
      this.state.lastError = answer.message;
      this.emit();
      return "failed";
    }
    await outbox.settle(answer.response.results);
    this.state.failures = 0;
    this.state.lastError = null;
    this.state.lastSyncAt = now();
    await this.refresh();
    if (answer.response.results.some((r) => r.status !== "deferred")) return "progress";
    this.state.failures += 1;
    this.state.lastError = answer.response.results[0]?.message ?? "the server deferred every change";
    this.emit();
    return "failed";
  }

  private emit(): void {
    this.options.onChange?.(this.snapshot());
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
