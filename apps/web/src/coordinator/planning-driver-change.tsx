import type { RoundDrivers, TourDetail } from "@tournee/domain";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { LoadState } from "./load-state";
import { planningApi } from "./planning-api";
import { useLoad } from "./use-load";

/** Rounds a driver could be replaced on: planned or published, and those under way to say why not. */
export const roundsToReassign = (details: readonly TourDetail[]) => details.filter((d) => d.vehicle && (d.status === "planned" || d.status === "published" || d.status === "in_progress"));

type Candidate = RoundDrivers["drivers"][number];

/**
 * A driver who cannot drive their round (a sick day): the coordinator chooses another driver of the
 * organisation, those free over the round's hours first, the others with why not. The round keeps
 * its stops, their order and times.
 */
export function PlanningDriverChange({ rounds, disabled, onReassign }: { rounds: readonly TourDetail[]; disabled: boolean; onReassign(round: RoundDrivers, driver: Candidate): void }) {
  const { t } = useTranslation();
  const id = useId();
  const [chosenTour, setTourId] = useState(rounds[0]?.id ?? "");
  const tourId = rounds.some((r) => r.id === chosenTour) ? chosenTour : (rounds[0]?.id ?? "");
  const [driverId, setDriverId] = useState("");
  // Read again whenever a round of the day changes driver or version.
  const changes = rounds.map((r) => `${r.id}:${r.version}:${r.driver?.id ?? ""}`).join();
  const [load, reload] = useLoad(() => (tourId ? planningApi.roundDrivers(tourId) : Promise.resolve(undefined)), [tourId, changes]);
  if (!rounds.length) return null;

  const why = (d: Candidate) => {
    const hours = d.hours.map((h) => t("coordinator.planning.driverChange.hours", h)).join(t("coordinator.planning.driverChange.and"));
    if (d.status === "busy") return t("coordinator.planning.driverChange.busy", { vehicle: d.round!.vehicle, from: d.round!.from ?? "", to: d.round!.to ?? "" });
    if (d.status === "other_hours") return t("coordinator.planning.driverChange.otherHours", { hours });
    if (d.status === "unavailable") return t("coordinator.planning.driverChange.unavailable");
    return t("coordinator.planning.driverChange.free", { hours });
  };

  return (
    <section aria-labelledby={`${id}-title`} className="panel">
      <h3 id={`${id}-title`}>{t("coordinator.planning.driverChange.title")}</h3>
      <p>{t("coordinator.planning.driverChange.intro")}</p>
      <div className="field">
        <label htmlFor={`${id}-round`}>{t("coordinator.planning.driverChange.round")}</label>
        <select
          id={`${id}-round`}
          value={tourId}
          onChange={(e) => {
            setTourId(e.target.value);
            setDriverId("");
          }}
        >
          {rounds.map((r) => (
            <option key={r.id} value={r.id}>
              {r.driver ? t("coordinator.planning.breakdown.round", { vehicle: r.vehicle!.name, driver: r.driver.displayName }) : r.vehicle!.name}
            </option>
          ))}
        </select>
      </div>
      <LoadState load={load} retry={reload}>
        {(view) => {
          if (!view) return null;
          const planned = rounds.find((r) => r.id === view.tourId)?.status === "planned";
          const block = view.blocked === "own_car" && planned ? "own_car_planned" : view.blocked;
          if (block) return <p className="alert alert--info">{t(`coordinator.planning.driverChange.blocked.${block}`, { vehicle: view.vehicle?.name ?? "", driver: view.driver?.displayName ?? "" })}</p>;
          const others = view.drivers.filter((d) => d.status !== "current");
          if (!others.length) return <p>{t("coordinator.planning.driverChange.noOther")}</p>;
          const chosen = others.find((d) => d.id === driverId && d.status === "free");
          return (
            <form
              onSubmit={(e) => {
                e.preventDefault();
                if (chosen) onReassign(view, chosen);
              }}
            >
              <fieldset>
                <legend>{view.from && view.to ? t("coordinator.planning.driverChange.whoSpan", { from: view.from, to: view.to }) : t("coordinator.planning.driverChange.who")}</legend>
                {others.map((d) => (
                  <label key={d.id} className="check">
                    <input type="radio" name={`${id}-driver`} value={d.id} checked={driverId === d.id} disabled={d.status !== "free"} onChange={() => setDriverId(d.id)} />
                    {t("coordinator.planning.driverChange.candidate", { driver: d.displayName, why: why(d) })}
                  </label>
                ))}
              </fieldset>
              <div className="actions">
                <button type="submit" className="button" disabled={disabled || !chosen}>
                  {chosen ? t("coordinator.planning.driverChange.submitTo", { driver: chosen.displayName }) : t("coordinator.planning.driverChange.submit")}
                </button>
              </div>
            </form>
          );
        }}
      </LoadState>
    </section>
  );
}
