/**
 * Port: where planning runs wait for a worker. Jobs are ids of PlanningJob rows; the row holds
 * the state, the queue only hands ids to workers.
 *
 * Contract (checked by `describeJobQueueContract` on every implementation):
 * - every id sent is handed to exactly one `work` handler, once (no retry: a failed run is
 *   recorded on its row and the coordinator starts another);
 * - a handler that throws does not stop the queue;
 * - `stop()` resolves after the handlers in flight have finished; nothing is handed out after it.
 */
export interface JobQueue {
  readonly kind: "in-process" | "pg-boss";
  send(jobId: string): Promise<void>;
  work(handler: (jobId: string) => Promise<void>): Promise<void>;
  stop(): Promise<void>;
}
