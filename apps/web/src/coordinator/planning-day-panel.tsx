import type { PlanBalance, PlanningJob, PlanningProgress } from "@tournee/domain";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "../i18n/use-translation";
import { useLocale } from "../i18n/use-locale";
import { FormAlert } from "../ui/form-alert";
import { coordinatorApi } from "./coordinator-api";
import { describeError } from "./describe-error";
import { LoadState } from "./load-state";
import { PlanChangesPanel } from "./planning-changes";
import { planningApi, followJob } from "./planning-api";
import { PlanningBalanceChoice } from "./planning-balance";
import { PlanningBreakdown, followedRounds } from "./planning-breakdown";
import { PlanningCrew, type Crew } from "./planning-crew";
import { PlanningDriverChange, roundsToReassign } from "./planning-driver-change";
import { LateDeliveries } from "./planning-late";
import { PlanningProgressBar } from "./planning-progress";
import { PlanningResult } from "./planning-result";
import { PlanningWarnings } from "./planning-warnings";
import { useAct } from "./use-act";
import { useLoad } from "./use-load";
import { dayLabel, parisToday } from "./week-dates";

const TIME_LIMIT_S = 5;

/** One day: what there is to plan, the run with its progress, a new plan of a published day to decide on, and the plan as it stands. */
export function PlanningDayPanel({ date, onChanged }: { date: string; onChanged(): void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [running, setRunning] = useState<PlanningProgress>();
  const [runId, setRunId] = useState<string>();
  const [pending, setPending] = useState<PlanningJob>();
  const [crew, setCrew] = useState<Crew>();
  const [balance, setBalance] = useState<PlanBalance>("cheapest");
  const following = useRef<{ stop(): void }>(undefined);
  // Said once the day's tours are read again, so "done" never sits above the previous plan.
  const announceOnLoad = useRef<string>(undefined);
  const [load, reload] = useLoad(async () => {
    const [day, vehicles, drivers] = await Promise.all([planningApi.day(date), coordinatorApi.vehicles(), coordinatorApi.drivers()]);
    const details = await Promise.all(day.vehicles.flatMap((v) => (v.tourId ? [planningApi.tour(v.tourId)] : [])));
    const waiting = day.pendingJobId ? await planningApi.job(day.pendingJobId) : undefined;
    return { day, details, vehicles: vehicles.filter((v) => v.active), drivers, waiting };
  }, [date]);
  const { act, busy, error, setError, message, setMessage } = useAct(refresh);
  useEffect(() => () => following.current?.stop(), []);
  useEffect(() => {
    if (load.status !== "ready") return;
    if (announceOnLoad.current) setMessage(announceOnLoad.current);
    announceOnLoad.current = undefined;
    setPending(load.data.waiting);
    setCrew((c) => c ?? { vehicleIds: new Set(load.data.vehicles.map((v) => v.id)), driverIds: new Set(load.data.drivers.map((d) => d.id)) });
  }, [load]);

  function refresh() {
    reload();
    onChanged();
  }

  function start(all: { vehicles: number; drivers: number }) {
    const chosen = crew && {
      ...(crew.vehicleIds.size < all.vehicles ? { vehicleIds: [...crew.vehicleIds] } : {}),
      ...(crew.driverIds.size < all.drivers ? { driverIds: [...crew.driverIds] } : {}),
    };
    return run(() => planningApi.start(date, { timeLimitSeconds: TIME_LIMIT_S, balance, ...chosen }));
  }

  /** Starts a run and follows it to its end. */
  async function run(launch: () => Promise<PlanningJob>) {
    setError(undefined);
    setMessage(undefined);
    try {
      const started = await launch();
      setRunId(started.id);
      if (started.progress) setRunning(started.progress);
      const follow = followJob(started, setRunning);
      following.current = follow;
      const finished = await follow.done;
      setRunning(undefined);
      if (finished.status === "failed") setError(/no vehicle can go out/.test(finished.error ?? "") ? t("coordinator.planning.failedNoVehicle") : t("coordinator.planning.failed"));
      if (finished.status === "cancelled") setMessage(t("coordinator.planning.cancelled"));
      if (finished.result?.outcome === "stored") announceOnLoad.current = t("coordinator.planning.done");
      refresh();
    } catch (e) {
      setRunning(undefined);
      setError(describeError(t, e));
    }
  }

  return (
    <section aria-labelledby="day-title">
      <h2 id="day-title">{t("coordinator.planning.what", { day: dayLabel(date, locale) })}</h2>
      <FormAlert message={error} />
      {message && <p className="alert alert--info" role="status">{message}</p>}
      <LoadState load={load} retry={reload}>
        {({ day, details, vehicles, drivers }) => {
          const stops = day.halts + day.homeDrops;
          const label = day.published ? "replanPublished" : day.vehicles.length ? "replan" : "start";
          return (
            <>
              <div className="panel">
                <p>{t("coordinator.planning.summary", { halts: day.halts, homeDrops: day.homeDrops, orders: day.orders })}</p>
                {day.published && <p>{t("coordinator.planning.publishedDay")}</p>}
                {day.started && <p>{t("coordinator.planning.startedDay")}</p>}
                <LateDeliveries stops={day.leftOut} started={day.started} disabled={Boolean(running) || busy} onReplan={() => void start({ vehicles: vehicles.length, drivers: drivers.length })} />
                <PlanningWarnings warnings={day.warnings} />
                {stops > 0 && !day.started && crew && <PlanningCrew vehicles={vehicles} drivers={drivers} crew={crew} onChange={setCrew} />}
                {stops > 0 && !day.started && <PlanningBalanceChoice value={balance} onChange={setBalance} />}
                <div className="actions">
                  <button type="button" className="button button--primary" disabled={Boolean(running) || busy || stops === 0 || day.started} onClick={() => void start({ vehicles: vehicles.length, drivers: drivers.length })}>
                    {t(`coordinator.planning.${label}`)}
                  </button>
                  {running && runId && (
                    <button type="button" className="button" onClick={() => void act(() => planningApi.cancel(runId), t("coordinator.planning.cancelled"))}>
                      {t("coordinator.planning.cancel")}
                    </button>
                  )}
                </div>
                {running && <PlanningProgressBar progress={running} />}
              </div>
              <PlanningDriverChange rounds={roundsToReassign(details)} day={details} disabled={Boolean(running) || busy} onAct={(work, done) => void act(work, done)} />
              {(day.published || day.started) && (
                <PlanningBreakdown
                  rounds={followedRounds(details)} today={date === parisToday()} disabled={Boolean(running) || busy}
                  onReport={(vehicleId, from) => void run(() => planningApi.reportBreakdown(date, vehicleId, from))}
                />
              )}
              {pending?.result?.changes && !running && (
                <PlanChangesPanel
                  changes={pending.result.changes}
                  leftOut={pending.result.leftOut}
                  breakdown={pending.breakdown ? { vehicle: vehicles.find((v) => v.id === pending.breakdown!.vehicleId)?.name ?? "", from: pending.breakdown.from, leftOut: pending.result.leftOut } : undefined}
                  busy={busy}
                  onPublish={() => void act(() => planningApi.publishPlan(pending.id).then(() => setPending(undefined)), t("coordinator.planning.newPlanPublished"))}
                  onKeep={() => void act(() => planningApi.discardPlan(pending.id).then(() => setPending(undefined)), t("coordinator.planning.publishedKept"))}
                />
              )}
              <PlanningResult day={day} details={details} vehicles={vehicles} onAct={act} />
            </>
          );
        }}
      </LoadState>
    </section>
  );
}
