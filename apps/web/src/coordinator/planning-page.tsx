import type { PlanningJob, TourDetail } from "@tournee/domain";
import { useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { formatTime } from "../format/date-time";
import { useLocale } from "../i18n/use-locale";
import { usePageTitle } from "../layout/use-page-title";
import { FormAlert } from "../ui/form-alert";
import { TextField } from "../ui/text-field";
import { coordinatorApi } from "./coordinator-api";
import { describeError } from "./describe-error";
import { LoadState } from "./load-state";
import { planningApi, followJob, type JobResult } from "./planning-api";
import { PlannedTours } from "./planned-tours";
import { RouteMap, VEHICLE_COLOURS } from "./route-map";
import { useLoad } from "./use-load";
import { addDays, dayLabel, parisToday } from "./week-dates";

const TIME_LIMIT_S = 5;

/** Plan one day: what will be planned, a run with its progress, the result on a map and per vehicle, moves, publication. */
export function PlanningPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  usePageTitle(t("coordinator.planning.title"));
  const [date, setDate] = useState(() => addDays(parisToday(), 7));
  const [job, setJob] = useState<PlanningJob>();
  const [progress, setProgress] = useState<{ bestCost: number | null; elapsedMs: number }>();
  const [error, setError] = useState<string>();
  const [message, setMessage] = useState<string>();
  const following = useRef<{ stop(): void }>(undefined);
  const [day, reload] = useLoad(async () => {
    const [summaries, tours] = await Promise.all([coordinatorApi.orderSummaries(date), coordinatorApi.tours(date, date)]);
    const details = await Promise.all(tours.map((tour) => planningApi.tour(tour.id)));
    return { summaries, details };
  }, [date]);
  useEffect(() => () => following.current?.stop(), []);

  const running = job !== undefined && ["queued", "running"].includes(job.status);

  async function start() {
    setError(undefined);
    setMessage(undefined);
    try {
      const started = await planningApi.start(date, TIME_LIMIT_S);
      setJob(started);
      setProgress({ bestCost: null, elapsedMs: 0 });
      const follow = followJob(started, setProgress);
      following.current = follow;
      const finished = await follow.done;
      setJob(finished);
      if (finished.status === "failed") setError(t("coordinator.planning.failed"));
      reload();
    } catch (e) {
      setError(describeError(t, e));
    }
  }

  async function act(work: () => Promise<unknown>, done: string) {
    setError(undefined);
    try {
      await work();
      setMessage(done);
      reload();
    } catch (e) {
      setError(describeError(t, e));
    }
  }

  const result = (job?.status === "succeeded" ? job.result : undefined) as JobResult | undefined;
  return (
    <>
      <h1>{t("coordinator.planning.title")}</h1>
      <div className="toolbar">
        <TextField label={t("coordinator.planning.date")} type="date" value={date} onChange={(e) => setDate(e.target.value)} />
      </div>
      <FormAlert message={error} />
      {message && <p className="alert alert--info" role="status">{message}</p>}
      <LoadState load={day} retry={reload}>
        {({ summaries, details }) => (
          <>
            <section aria-labelledby="what-title" className="panel">
              <h2 id="what-title">{t("coordinator.planning.what", { day: dayLabel(date, locale) })}</h2>
              {summaries.length === 0 ? (
                <p>{t("coordinator.planning.nothing")}</p>
              ) : (
                <p>{t("coordinator.planning.summary", { stops: summaries.length, orders: summaries.reduce((n, s) => n + s.ordersReceived, 0) })}</p>
              )}
              <div className="actions">
                <button type="button" className="button button--primary" disabled={running || summaries.length === 0} onClick={() => void start()}>
                  {details.length ? t("coordinator.planning.replan") : t("coordinator.planning.start")}
                </button>
                {running && job && (
                  <button type="button" className="button" onClick={() => void act(() => planningApi.cancel(job.id), t("coordinator.planning.cancelled"))}>
                    {t("coordinator.planning.cancel")}
                  </button>
                )}
              </div>
              {running && progress && (
                <div className="field">
                  <label htmlFor="planning-progress">{t("coordinator.planning.progress")}</label>
                  <progress id="planning-progress" max={TIME_LIMIT_S * 1000} value={Math.min(progress.elapsedMs, TIME_LIMIT_S * 1000)} />
                  <p aria-live="polite">
                    {progress.bestCost === null ? t("coordinator.planning.searching") : t("coordinator.planning.bestCost", { cost: Math.round(progress.bestCost) })}
                  </p>
                </div>
              )}
              {job?.status === "succeeded" && <p role="status">{t("coordinator.planning.done")}</p>}
              {result && result.unassigned.length > 0 && (
                <div className="alert alert--error">
                  <h3>{t("coordinator.planning.unassigned")}</h3>
                  <ul className="plain-list">
                    {result.unassigned.map((u) => (
                      <li key={u.passageId}>{`${summaries.find((s) => s.passageId === u.passageId)?.stop.name ?? u.passageId} : ${u.reason}`}</li>
                    ))}
                  </ul>
                </div>
              )}
            </section>
            {details.length > 0 && <Result details={details} onAct={act} />}
          </>
        )}
      </LoadState>
    </>
  );
}

function Result({ details, onAct }: { details: TourDetail[]; onAct(work: () => Promise<unknown>, done: string): Promise<void> }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const routes = useMemo(
    () =>
      details.map((tour, i) => ({
        id: tour.id,
        colour: VEHICLE_COLOURS[i % VEHICLE_COLOURS.length]!,
        stops: tour.passages.map((p, n) => ({
          id: p.id, lat: p.stop.latitude, lng: p.stop.longitude, label: String((p.sequence ?? n) + 1),
          title: `${(p.sequence ?? n) + 1} – ${p.stop.name}${p.plannedArrival ? `, ${formatTime(new Date(p.plannedArrival), locale)}` : ""}`,
        })),
      })),
    [details, locale],
  );
  return (
    <>
      <RouteMap routes={routes} label={t("coordinator.planning.mapLabel")} />
      <div className="actions">
        <button type="button" className="button button--primary" onClick={() => void onAct(() => Promise.all(details.map((d) => planningApi.publish(d.id))), t("coordinator.planning.published"))}>
          {t("coordinator.planning.publish")}
        </button>
      </div>
      <PlannedTours details={details} colours={routes.map((r) => r.colour)} onAct={onAct} />
    </>
  );
}
