/**
 * Server-sent events for a planning run: a `progress` event (PlanningProgressSchema) every half
 * second while it is queued or running, so a screen's progress bar moves with the time budget;
 * then `done` with the run as GET /api/planning-jobs/{id} answers it, and the stream ends. Read
 * from the job's row, so any API instance can serve it whichever process runs the job.
 */
import type { Request, Response } from "express";
import type { Actor } from "../../auth/actor.js";
import type { Services } from "../../services.js";
import { findJob, jobView } from "./planning-jobs.js";

export const PROGRESS_EVERY_MS = 500;
const TERMINAL = new Set(["succeeded", "failed", "cancelled"]);

export async function streamPlanningJob({ services, actor, id, req, res }: { services: Services; actor: Actor; id: string; req: Request; res: Response }): Promise<void> {
  await findJob(services, actor, id);
  res.writeHead(200, { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-cache", connection: "keep-alive", "x-accel-buffering": "no" });
  let closed = false;
  req.on("close", () => {
    closed = true;
  });
  while (!closed) {
    const job = await findJob(services, actor, id).catch(() => undefined);
    if (!job) break;
    const view = jobView(job, services.now());
    if (TERMINAL.has(view.status)) {
      res.write(`event: done\ndata: ${JSON.stringify(view)}\n\n`);
      break;
    }
    res.write(`event: progress\ndata: ${JSON.stringify(view.progress)}\n\n`);
    await new Promise((resolve) => setTimeout(resolve, PROGRESS_EVERY_MS));
  }
  res.end();
}
