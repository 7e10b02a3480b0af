import type { TourDetail } from "@tournee/domain";
import { useId, useState } from "react";
import { useTranslation } from "../i18n/use-translation";
import { normaliseTime } from "../format/date-time";
import { TextField } from "../ui/text-field";

/** Rounds a breakdown can stop: those drivers follow (published or under way). */
export const followedRounds = (details: readonly TourDetail[]) => details.filter((d) => d.vehicle && (d.status === "published" || d.status === "in_progress"));

/** "HH:MM" now in Paris, to the five minutes below: the usual answer to "since when?". */
function nowInParis(): string {
  const [h, m] = new Intl.DateTimeFormat("fr-FR", { timeZone: "Europe/Paris", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(new Date()).split(":").map(Number) as [number, number];
  return `${String(h).padStart(2, "0")}:${String(m - (m % 5)).padStart(2, "0")}`;
}

/**
 * A vehicle of a published day that cannot go on: the coordinator names it and since when, and the
 * rest of its round is re-planned onto the others. The new plan waits for the coordinator's
 * decision like any new plan of a published day.
 */
export function PlanningBreakdown({ rounds, today, disabled, onReport }: { rounds: readonly TourDetail[]; today: boolean; disabled: boolean; onReport(vehicleId: string, from: string): void }) {
  const { t } = useTranslation();
  const id = useId();
  const [vehicleId, setVehicleId] = useState(rounds[0]?.vehicle?.id ?? "");
  const [from, setFrom] = useState(() => (today ? nowInParis() : "11:00"));
  if (!rounds.length) return null;
  return (
    <section aria-labelledby={`${id}-title`} className="panel">
      <h3 id={`${id}-title`}>{t("coordinator.planning.breakdown.title")}</h3>
      <p>{t("coordinator.planning.breakdown.intro")}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          onReport(vehicleId, normaliseTime(from));
        }}
      >
        <div className="field">
          <label htmlFor={`${id}-vehicle`}>{t("coordinator.planning.breakdown.vehicle")}</label>
          <select id={`${id}-vehicle`} value={vehicleId} onChange={(e) => setVehicleId(e.target.value)}>
            {rounds.map((r) => (
              <option key={r.id} value={r.vehicle!.id}>
                {r.driver ? t("coordinator.planning.breakdown.round", { vehicle: r.vehicle!.name, driver: r.driver.displayName }) : r.vehicle!.name}
              </option>
            ))}
          </select>
        </div>
        <TextField type="time" required label={t("coordinator.planning.breakdown.from")} value={from} onChange={(e) => setFrom(e.target.value)} />
        <div className="actions">
          <button type="submit" className="button" disabled={disabled || !vehicleId || !from}>
            {t("coordinator.planning.breakdown.submit")}
          </button>
        </div>
      </form>
    </section>
  );
}
