/**
 * Server-sent events for a planning run: `progress` when its status or best cost changes,
 * `done` with the final state, then the stream ends. Read from the job's row, so any API
 * instance can serve it whichever process runs the job.
 */
import type { Request, Response } from "express";
import type { Actor } from "../../auth/actor.js";
import type { Services } from "../../services.js";
import { findJob, jobView } from "./planning-jobs.js";

const POLL_MS = 500;
const TERMINAL = new Set(["succeeded", "failed", "cancelled"]);

export async function streamPlanningJob({ services, actor, id, req, res }: { services: Services; actor: Actor; id: string; req: Request; res: Response }): Promise<void> {
  await findJob(services, actor, id);
  res.writeHead(200, { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-cache", connection: "keep-alive", "x-accel-buffering": "no" });
  let closed = false;
  req.on("close", () => {
    closed = true;
  });
  let last = "";
  while (!closed) {
    const job = await findJob(services, actor, id).catch(() => undefined);
    if (!job) break;
    const view = jobView(job);
    const state = JSON.stringify([view.status, view.bestCost]);
    if (state !== last) {
      last = state;
      res.write(`event: progress\ndata: ${JSON.stringify({ status: view.status, bestCost: view.bestCost, progress: view.progress })}\n\n`);
    }
    if (TERMINAL.has(view.status)) {
      res.write(`event: done\ndata: ${JSON.stringify(view)}\n\n`);
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  res.end();
}
