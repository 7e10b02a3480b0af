/** The embedded database's queue: jobs run one after another in this process (the solver itself runs in a worker thread). */
import type { JobQueue } from "./job-queue.js";

export class InProcessQueue implements JobQueue {
  readonly kind = "in-process" as const;
  private readonly waiting: string[] = [];
  private handler: ((jobId: string) => Promise<void>) | undefined;
  private running: Promise<void> | undefined;
  private stopped = false;

  constructor(private readonly onError: (error: unknown, jobId: string) => void = () => {}) {}

  async send(jobId: string): Promise<void> {
    if (this.stopped) throw new Error("the job queue is stopped: restart the server to plan again");
    this.waiting.push(jobId);
    this.drain();
  }

  async work(handler: (jobId: string) => Promise<void>): Promise<void> {
    this.handler = handler;
    this.drain();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.running;
  }

  private drain(): void {
    if (this.running || !this.handler || this.stopped) return;
    const handler = this.handler;
    this.running = (async () => {
      for (let jobId = this.waiting.shift(); jobId !== undefined && !this.stopped; jobId = this.waiting.shift()) {
        try {
          await handler(jobId);
        } catch (error) {
          this.onError(error, jobId);
        }
      }
    })().finally(() => {
      this.running = undefined;
      if (this.waiting.length && !this.stopped) this.drain();
    });
  }
}
