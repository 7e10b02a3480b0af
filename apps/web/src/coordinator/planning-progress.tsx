import type { PlanningProgress } from "@tournee/domain";
import { useTranslation } from "../i18n/use-translation";

/**
 * A run as it goes: what it is doing, a bar that fills with the time budget while the optimiser
 * searches, and how many stops the best plan found so far places.
 */
export function PlanningProgressBar({ progress }: { progress: PlanningProgress }) {
  const { t } = useTranslation();
  const searched = progress.phase === "solving" ? progress.solvingMs : ["drawing", "storing", "finished"].includes(progress.phase) ? progress.timeLimitMs : 0;
  const seconds = Math.max(0, Math.ceil((progress.timeLimitMs - progress.solvingMs) / 1000));
  return (
    <div className="field">
      <label htmlFor="planning-progress">{t(`coordinator.planning.phase.${progress.phase}`)}</label>
      <progress id="planning-progress" max={progress.timeLimitMs} value={Math.min(searched, progress.timeLimitMs)} />
      <p aria-live="polite">
        {progress.placed === null
          ? t("coordinator.planning.searching")
          : t("coordinator.planning.placedSoFar", { placed: progress.placed, stops: progress.stops })}
        {progress.phase === "solving" && ` ${t("coordinator.planning.secondsLeft", { count: seconds })}`}
      </p>
    </div>
  );
}
