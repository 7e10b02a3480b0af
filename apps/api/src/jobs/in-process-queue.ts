/**
 * The embedded database's queue: jobs run in this process, one after another (planning: the
 * solver itself runs in a worker thread) or `concurrency` at a time (messages wait on providers).
 */
import type { JobQueue } from "./job-queue.js";

export class InProcessQueue implements JobQueue {
  readonly kind = "in-process" as const;
  private readonly waiting: string[] = [];
  private handler: ((jobId: string) => Promise<void>) | undefined;
  /** The lanes taking jobs now; each ends when nothing is waiting. */
  private readonly lanes = new Set<Promise<void>>();
  private stopped = false;

  constructor(
    private readonly onError: (error: unknown, jobId: string) => void = () => {},
    private readonly concurrency = 1,
  ) {}

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
    await Promise.all(this.lanes);
  }

  /** Opens lanes up to `concurrency` while jobs wait. */
  private drain(): void {
    const handler = this.handler;
    if (!handler) return;
    while (!this.stopped && this.lanes.size < Math.min(this.concurrency, this.waiting.length + this.lanes.size) && this.waiting.length) {
      const lane: Promise<void> = (async () => {
        for (let jobId = this.waiting.shift(); jobId !== undefined && !this.stopped; jobId = this.waiting.shift()) {
          try {
            await handler(jobId);
          } catch (error) {
            this.onError(error, jobId);
          }
        }
      })().finally(() => {
        this.lanes.delete(lane);
        if (this.waiting.length && !this.stopped) this.drain();
      });
      this.lanes.add(lane);
    }
  }
}
