/**
 * The PostgreSQL queue (pg-boss): API instances send, any process that calls `work` (an API
 * instance, or a separate worker process on the same database) runs the job.
 */
import PgBoss from "pg-boss";
import type { JobQueue } from "./job-queue.js";

export const PLANNING_QUEUE = "planning";

export class PgBossQueue implements JobQueue {
  readonly kind = "pg-boss" as const;
  private readonly boss: PgBoss;
  private started: Promise<void> | undefined;

  constructor(
    connectionString: string,
    private readonly onError: (error: unknown, jobId: string) => void = () => {},
    private readonly queue = PLANNING_QUEUE,
    /** Jobs fetched and run together by this process (messages wait on providers; planning runs one at a time). */
    private readonly batchSize = 1,
  ) {
    this.boss = new PgBoss({ connectionString, max: 3, supervise: true, schedule: false });
    this.boss.on("error", (error) => this.onError(error, ""));
  }

  private start(): Promise<void> {
    this.started ??= (async () => {
      await this.boss.start();
      if (!(await this.boss.getQueue(this.queue))) await this.boss.createQueue(this.queue);
    })();
    return this.started;
  }

  async send(jobId: string): Promise<void> {
    await this.start();
    await this.boss.send(this.queue, { jobId }, { retryLimit: 0, expireInSeconds: 15 * 60 });
  }

  async work(handler: (jobId: string) => Promise<void>): Promise<void> {
    await this.start();
    await this.boss.work<{ jobId: string }>(this.queue, { batchSize: this.batchSize, pollingIntervalSeconds: 0.5 }, async (jobs) => {
      await Promise.all(jobs.map(async (job) => {
        try {
          await handler(job.data.jobId);
        } catch (error) {
          this.onError(error, job.data.jobId);
        }
      }));
    });
  }

  async stop(): Promise<void> {
    if (!this.started) return;
    await this.started.catch(() => undefined);
    await this.boss.stop({ graceful: true, wait: true, timeout: 30_000 });
  }
}
