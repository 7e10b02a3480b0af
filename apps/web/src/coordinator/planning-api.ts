/** Calls of the planning screen: runs of the optimiser, the tours they produce, locks and publication. */
import { PassageLockSchema, PlanningJobSchema, PublishedTourSchema, TourDetailSchema, type PlanningJob } from "@tournee/domain";
import { api } from "../api/client";

export interface JobResult {
  unassigned: { passageId: string; reason: string }[];
  warnings?: string[];
  provider?: string;
}

export const planningApi = {
  start: (date: string, timeLimitSeconds: number) => api.send("POST", `/api/planning/${date}/jobs`, { timeLimitSeconds }, (b) => PlanningJobSchema.parse(b)),
  job: (id: string) => api.get(`/api/planning-jobs/${id}`, (b) => PlanningJobSchema.parse(b)),
  cancel: (id: string) => api.send("POST", `/api/planning-jobs/${id}/cancel`, undefined, (b) => PlanningJobSchema.parse(b)),
  tour: (id: string) => api.get(`/api/tours/${id}`, (b) => TourDetailSchema.parse(b)),
  lock: (tourId: string, passageId: string, vehicleId: string) => api.send("POST", `/api/tours/${tourId}/passages/${passageId}/lock`, { vehicleId }, (b) => PassageLockSchema.parse(b)),
  publish: (tourId: string) => api.send("POST", `/api/tours/${tourId}/publish`, undefined, (b) => PublishedTourSchema.parse(b)),
};

/**
 * Follows a run over server-sent events until it ends, telling `onProgress` the best cost and time
 * spent; resolves with the finished run. Falls back to asking every second if the stream breaks.
 */
export function followJob(job: PlanningJob, onProgress: (p: { bestCost: number | null; elapsedMs: number }) => void): { done: Promise<PlanningJob>; stop(): void } {
  let source: EventSource | undefined;
  let timer: ReturnType<typeof setInterval> | undefined;
  const stop = () => {
    source?.close();
    if (timer) clearInterval(timer);
  };
  const done = new Promise<PlanningJob>((resolve) => {
    const finish = (j: PlanningJob) => {
      stop();
      resolve(j);
    };
    const poll = () => {
      timer ??= setInterval(() => {
        void planningApi.job(job.id).then((j) => {
          const p = j.progress as { elapsedMs?: number } | null;
          onProgress({ bestCost: j.bestCost, elapsedMs: p?.elapsedMs ?? 0 });
          if (!["queued", "running"].includes(j.status)) finish(j);
        }, () => undefined);
      }, 1000);
    };
    source = new EventSource(`/api/planning-jobs/${job.id}/events`);
    source.addEventListener("progress", (e) => {
      const data = JSON.parse((e as MessageEvent<string>).data) as { bestCost: number | null; progress: { elapsedMs?: number } | null };
      onProgress({ bestCost: data.bestCost, elapsedMs: data.progress?.elapsedMs ?? 0 });
    });
    source.addEventListener("done", (e) => finish(PlanningJobSchema.parse(JSON.parse((e as MessageEvent<string>).data))));
    source.onerror = () => {
      source?.close();
      poll();
    };
  });
  return { done, stop };
}
