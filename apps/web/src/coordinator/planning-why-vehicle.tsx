import type { VehicleAlternatives } from "@tournee/domain";
import { useState } from "react";
import { useTranslation } from "../i18n/use-translation";
import { formatTime } from "../format/date-time";
import { formatDistance, formatDuration } from "../format/units";
import { useLocale } from "../i18n/use-locale";
import { describeError } from "./describe-error";
import { planningApi } from "./planning-api";
import { causeText } from "./planning-left-out";

/**
 * "Why this vehicle?" on a stop: opened, it asks what moving the stop to each other round of the day
 * would add or break, and says it in words.
 */
export function WhyThisVehicle({ tourId, passageId, stopName }: { tourId: string; passageId: string; stopName: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [answer, setAnswer] = useState<VehicleAlternatives>();
  const [error, setError] = useState<string>();
  function open(opened: boolean) {
    if (!opened || answer) return;
    setError(undefined);
    planningApi.alternatives(tourId, passageId).then(setAnswer, (e: unknown) => setError(describeError(t, e)));
  }
  const added = (a: VehicleAlternatives["alternatives"][number]) => {
    const parts = [
      a.addedDistanceM > 0 ? t("coordinator.planning.why.moreKm", { distance: formatDistance(a.addedDistanceM, locale) }) : t("coordinator.planning.why.fewerKm", { distance: formatDistance(-a.addedDistanceM, locale) }),
      a.addedWorkingS >= 0 ? t("coordinator.planning.why.moreTime", { duration: formatDuration(a.addedWorkingS, locale) }) : t("coordinator.planning.why.lessTime", { duration: formatDuration(-a.addedWorkingS, locale) }),
    ];
    return parts.join(t("coordinator.planning.why.and"));
  };
  return (
    <details className="why-vehicle" onToggle={(e) => open(e.currentTarget.open)}>
      <summary>{t("coordinator.planning.why.title")}</summary>
      {error && <p role="alert">{error}</p>}
      {!answer && !error && <p>{t("coordinator.planning.why.loading")}</p>}
      {answer && (
        <ul className="plain-list" aria-label={t("coordinator.planning.why.label", { stop: stopName })}>
          {answer.alternatives.length === 0 && <li>{t("coordinator.planning.why.alone")}</li>}
          {answer.alternatives.map((a) => (
            <li key={a.vehicle.id}>
              <strong>{t("coordinator.planning.why.on", { vehicle: a.vehicle.name })}</strong>{" "}
              {a.breaks.length === 0
                ? t("coordinator.planning.why.fits", { added: added(a), time: a.arrival ? formatTime(new Date(a.arrival), locale) : "" })
                : t("coordinator.planning.why.breaks", { causes: a.breaks.map((c) => causeText(t, c, locale)).join(" ; ") })}
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
