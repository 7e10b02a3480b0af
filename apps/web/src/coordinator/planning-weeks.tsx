import { HORIZON_WEEKS, type PlanningJob, type PlanningProgress } from "@tournee/domain";
import { useId, useRef, useState, useEffect } from "react";
import { useTranslation } from "../i18n/use-translation";
import { useLocale } from "../i18n/use-locale";
import { FormAlert } from "../ui/form-alert";
import { describeError } from "./describe-error";
import { followJob, planningApi } from "./planning-api";
import { PlanningProgressBar } from "./planning-progress";
import { dayLabel } from "./week-dates";
import { WeeksResult } from "./planning-weeks-result";

const WEEK_CHOICES = Array.from({ length: HORIZON_WEEKS.max - HORIZON_WEEKS.min + 1 }, (_, i) => HORIZON_WEEKS.min + i);
const DEFAULT_TOLERANCE = 10;

/**
 * Several weeks planned at once from the chosen day: halts keep the times residents were told (at
 * most the tolerance later), households served at home come at their rhythm, by the same driver
 * where possible. The coordinator reads what would be planned and what would move, then publishes
 * every day's rounds or keeps the rounds as they are.
 */
export function PlanningWeeks({ date, onChanged }: { date: string; onChanged(): void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const id = useId();
  const [weeks, setWeeks] = useState(3);
  const [tolerance, setTolerance] = useState(String(DEFAULT_TOLERANCE));
  const [running, setRunning] = useState<PlanningProgress>();
  const [pending, setPending] = useState<PlanningJob>();
  const [error, setError] = useState<string>();
  const [message, setMessage] = useState<string>();
  const [busy, setBusy] = useState(false);
  const following = useRef<{ stop(): void }>(undefined);
  useEffect(() => () => following.current?.stop(), []);
  const minutes = Number(tolerance);
  const toleranceOk = /^\d+$/.test(tolerance) && minutes <= 60;

  async function start() {
    setError(undefined);
    setMessage(undefined);
    setPending(undefined);
    try {
      const started = await planningApi.startWeeks(date, { weeks, toleranceMinutes: minutes });
      if (started.progress) setRunning(started.progress);
      const follow = followJob(started, setRunning);
      following.current = follow;
      const finished = await follow.done;
      setRunning(undefined);
      if (finished.status === "failed") setError(t("coordinator.weeks.failed", { detail: finished.error ?? "" }));
      if (finished.status === "succeeded") setPending(finished);
    } catch (e) {
      setRunning(undefined);
      setError(describeError(t, e));
    }
  }

  async function decide(publish: boolean) {
    if (!pending) return;
    setBusy(true);
    setError(undefined);
    try {
      await (publish ? planningApi.publishPlan(pending.id) : planningApi.discardPlan(pending.id));
      setPending(undefined);
      setMessage(t(publish ? "coordinator.weeks.published" : "coordinator.weeks.kept"));
      onChanged();
    } catch (e) {
      setError(describeError(t, e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby={`${id}-title`} className="panel">
      <h2 id={`${id}-title`}>{t("coordinator.weeks.title")}</h2>
      <p>{t("coordinator.weeks.intro")}</p>
      <FormAlert message={error} />
      {message && <p className="alert alert--info" role="status">{message}</p>}
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (toleranceOk) void start();
        }}
      >
        <div className="field">
          <label htmlFor={`${id}-weeks`}>{t("coordinator.weeks.howMany", { day: dayLabel(date, locale) })}</label>
          <select id={`${id}-weeks`} value={weeks} onChange={(e) => setWeeks(Number(e.target.value))}>
            {WEEK_CHOICES.map((n) => <option key={n} value={n}>{t("coordinator.weeks.weeks", { count: n })}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-tolerance`}>{t("coordinator.weeks.tolerance")}</label>
          <input id={`${id}-tolerance`} inputMode="numeric" value={tolerance} onChange={(e) => setTolerance(e.target.value.trim())} aria-describedby={`${id}-tolerance-hint`} aria-invalid={!toleranceOk || undefined} />
          <p className="field__hint" id={`${id}-tolerance-hint`}>{t("coordinator.weeks.toleranceHint")}</p>
          {!toleranceOk && <p className="field__error">{t("coordinator.weeks.toleranceError")}</p>}
        </div>
        <div className="actions">
          <button type="submit" className="button button--primary" disabled={Boolean(running) || busy || !toleranceOk}>
            {t("coordinator.weeks.start")}
          </button>
        </div>
      </form>
      {running && <PlanningProgressBar progress={running} />}
      {pending?.horizon?.result && !running && (
        <WeeksResult result={pending.horizon.result} tolerance={pending.horizon.toleranceMinutes} busy={busy} onPublish={() => void decide(true)} onKeep={() => void decide(false)} />
      )}
    </section>
  );
}
