/** Calls of the planning screen: the calendar, a day's plan, runs of the optimiser and their decisions, locks and publication. */
import {
  PassageLockSchema, PlanningCalendarSchema, PlanningDaySchema, PlanningJobSchema, PlanningProgressSchema, PublishedTourSchema, RoundDriversSchema, TourDetailSchema, VehicleAlternativesSchema,
  type ChangeRoundDriver, type PlanningJob, type PlanningProgress, type StartHorizon, type StartPlanning,
} from "@tournee/domain";
import { api } from "../api/client";

const job = (b: unknown) => PlanningJobSchema.parse(b);

export const planningApi = {
  calendar: (from: string, to: string) => api.get(`/api/planning-calendar?from=${from}&to=${to}`, (b) => PlanningCalendarSchema.parse(b)),
  day: (date: string) => api.get(`/api/planning/${date}`, (b) => PlanningDaySchema.parse(b)),
  start: (date: string, options: Omit<StartPlanning, "organisationId">) => api.send("POST", `/api/planning/${date}/jobs`, options, job),
  /** Plans 1 to 5 weeks from `date` at once; the run's `horizon.result` is published or kept like a new plan of a published day. */
  startWeeks: (date: string, options: Omit<StartHorizon, "organisationId">) => api.send("POST", `/api/planning/${date}/weeks`, options, job),
  /** A vehicle of a published day broken down from `from` ("HH:MM"): a run re-plans the rest of the day without it. */
  reportBreakdown: (date: string, vehicleId: string, from: string) => api.send("POST", `/api/planning/${date}/breakdowns`, { vehicleId, from }, job),
  /** What moving a stop to each other round of the day would add or break. */
  alternatives: (tourId: string, passageId: string) => api.get(`/api/tours/${tourId}/passages/${passageId}/alternatives`, (b) => VehicleAlternativesSchema.parse(b)),
  job: (id: string) => api.get(`/api/planning-jobs/${id}`, job),
  cancel: (id: string) => api.send("POST", `/api/planning-jobs/${id}/cancel`, undefined, job),
  publishPlan: (id: string) => api.send("POST", `/api/planning-jobs/${id}/publish`, undefined, job),
  discardPlan: (id: string) => api.send("POST", `/api/planning-jobs/${id}/discard`, undefined, job),
  tour: (id: string) => api.get(`/api/tours/${id}`, (b) => TourDetailSchema.parse(b)),
  lock: (tourId: string, passageId: string, vehicleId: string) => api.send("POST", `/api/tours/${tourId}/passages/${passageId}/lock`, { vehicleId }, (b) => PassageLockSchema.parse(b)),
  /** Who could take the round instead of its driver, and why not the others. */
  roundDrivers: (tourId: string) => api.get(`/api/tours/${tourId}/drivers`, (b) => RoundDriversSchema.parse(b)),
  /** Hands the round to another driver, its stops keeping their order and times. */
  changeDriver: (tourId: string, driverId: string, reason: ChangeRoundDriver["reason"]) => api.send("PUT", `/api/tours/${tourId}/driver`, { driverId, reason }, (b) => RoundDriversSchema.parse(b)),
  publish: (tourId: string) => api.send("POST", `/api/tours/${tourId}/publish`, undefined, (b) => PublishedTourSchema.parse(b)),
};

/**
 * Follows a run over server-sent events until it ends, telling `onProgress` what the run is doing
 * (at least once a second); resolves with the finished run. Falls back to asking every second if
 * the stream breaks.
 */
export function followJob(started: PlanningJob, onProgress: (p: PlanningProgress) => void): { done: Promise<PlanningJob>; stop(): void } {
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
        void planningApi.job(started.id).then((j) => {
          if (j.progress) onProgress(j.progress);
          if (!["queued", "running"].includes(j.status)) finish(j);
        }, () => undefined);
      }, 1000);
    };
    source = new EventSource(`/api/planning-jobs/${started.id}/events`);
    source.addEventListener("progress", (e) => onProgress(PlanningProgressSchema.parse(JSON.parse((e as MessageEvent<string>).data))));
    source.addEventListener("done", (e) => finish(job(JSON.parse((e as MessageEvent<string>).data))));
    source.onerror = () => {
      source?.close();
      poll();
    };
  });
  return { done, stop };
}
