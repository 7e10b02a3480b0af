import type { RoundDrivers, TourDetail, TourSummary } from "@tournee/domain";
import { useId, useState } from "react";
import { Link } from "react-router";
import { useLocale } from "../i18n/use-locale";
import { useTranslation } from "../i18n/use-translation";
import { LoadState } from "./load-state";
import { planningApi } from "./planning-api";
import { useLoad } from "./use-load";
import { dayLabel } from "./week-dates";

/** Rounds a driver could be replaced on: planned or published, and those under way to say why not. */
export const roundsToReassign = (details: readonly TourDetail[]) => details.filter((d) => d.vehicle && (d.status === "planned" || d.status === "published" || d.status === "in_progress"));

type Candidate = RoundDrivers["drivers"][number];

/**
 * A driver who cannot drive their round (a sick day): the coordinator chooses another driver of the
 * organisation, those free over the round's hours first, the others with why not. The round keeps
 * its stops, their order and times. Unless the coordinator says it is a swap, the former driver is
 * recorded as away that day (removed from the fleet screen like any day off). `rounds` are those
 * that may be chosen (one on a round's own page), `day` every round of that day.
 */
export function PlanningDriverChange({ rounds, day = rounds, disabled, onAct, elsewhere = false }: {
  rounds: readonly TourDetail[];
  day?: readonly Pick<TourSummary, "id" | "vehicle" | "driver">[];
  /** Away from the day's planning (a round's page): its breakdown and vehicle choice are on the planning page. */
  elsewhere?: boolean;
  disabled: boolean;
  onAct(work: () => Promise<unknown>, done: string): void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const id = useId();
  const [chosenTour, setTourId] = useState(rounds[0]?.id ?? "");
  const tourId = rounds.some((r) => r.id === chosenTour) ? chosenTour : (rounds[0]?.id ?? "");
  const [driverId, setDriverId] = useState("");
  const [reason, setReason] = useState<"absent" | "swap">("absent");
  // Read again whenever a round of the day changes driver or version.
  const changes = rounds.map((r) => `${r.id}:${r.version}:${r.driver?.id ?? ""}`).join();
  const [load, reload] = useLoad(() => (tourId ? planningApi.roundDrivers(tourId) : Promise.resolve(undefined)), [tourId, changes]);
  if (!rounds.length) return null;
  const round = rounds.find((r) => r.id === tourId)!;
  const roundName = (r: Pick<TourSummary, "vehicle" | "driver">) => (r.driver ? t("coordinator.planning.breakdown.round", { vehicle: r.vehicle?.name ?? "", driver: r.driver.displayName }) : (r.vehicle?.name ?? ""));

  const why = (d: Candidate) => {
    const hours = d.hours.map((h) => t("coordinator.planning.driverChange.hours", h)).join(t("coordinator.planning.driverChange.and"));
    if (d.status === "busy") return t("coordinator.planning.driverChange.busy", { vehicle: d.round!.vehicle, from: d.round!.from ?? "", to: d.round!.to ?? "" });
    if (d.status === "other_hours") return t("coordinator.planning.driverChange.otherHours", { hours });
    if (d.status === "unavailable") return t("coordinator.planning.driverChange.unavailable");
    return t("coordinator.planning.driverChange.free", { hours });
  };

  /** What the coordinator is told once it is done: where the round went, and what it means for the former driver. */
  const done = (view: RoundDrivers, driver: Candidate) => {
    const previous = view.driver?.displayName ?? "";
    const said = [t("coordinator.planning.driverChange.done", { vehicle: view.vehicle?.name ?? "", driver: driver.displayName, previous })];
    if (view.driver && reason === "absent") {
      said.push(t("coordinator.planning.driverChange.markedAway", { driver: previous, day: dayLabel(round.date, locale) }));
      const also = day.filter((r) => r.id !== view.tourId && r.driver?.id === view.driver!.id).map((r) => r.vehicle?.name ?? "");
      if (also.length) said.push(t("coordinator.planning.driverChange.alsoDrives", { driver: previous, vehicles: also.join(t("coordinator.planning.driverChange.and")), count: also.length }));
    }
    return said.join(" ");
  };

  return (
    <section aria-labelledby={`${id}-title`} className="panel">
      <h3 id={`${id}-title`}>{t("coordinator.planning.driverChange.title")}</h3>
      <p>{t("coordinator.planning.driverChange.intro")}</p>
      {rounds.length > 1 ? (
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
            {rounds.map((r) => <option key={r.id} value={r.id}>{roundName(r)}</option>)}
          </select>
        </div>
      ) : (
        <p>{t("coordinator.planning.driverChange.thisRound", { round: roundName(round) })}</p>
      )}
      <LoadState load={load} retry={reload}>
        {(view) => {
          if (!view) return null;
          const planned = round.status === "planned";
          const block = view.blocked === "own_car" && planned ? "own_car_planned" : view.blocked;
          if (block) return <p className="alert alert--info">{t(`coordinator.planning.driverChange.blocked.${block}${elsewhere ? "_elsewhere" : ""}`, { vehicle: view.vehicle?.name ?? "", driver: view.driver?.displayName ?? "" })}</p>;
          const others = view.drivers.filter((d) => d.status !== "current");
          const toFleet = <Link to="/coordination/flotte">{t("coordinator.planning.driverChange.toFleet")}</Link>;
          if (!others.length) return <p>{t("coordinator.planning.driverChange.noOther")} {toFleet}</p>;
          const chosen = others.find((d) => d.id === driverId && d.status === "free");
          return (
            <form
              onSubmit={(e) => {
                e.preventDefault();
                if (chosen) onAct(() => planningApi.changeDriver(view.tourId, chosen.id, reason), done(view, chosen));
              }}
            >
              {view.driver && (
                <fieldset>
                  <legend>{t("coordinator.planning.driverChange.why", { driver: view.driver.displayName })}</legend>
                  {(["absent", "swap"] as const).map((r) => (
                    <label key={r} className="check">
                      <input type="radio" name={`${id}-reason`} value={r} checked={reason === r} onChange={() => setReason(r)} />
                      {t(`coordinator.planning.driverChange.reason.${r}`, { driver: view.driver!.displayName, day: dayLabel(round.date, locale) })}
                    </label>
                  ))}
                </fieldset>
              )}
              <fieldset>
                <legend>{view.from && view.to ? t("coordinator.planning.driverChange.whoSpan", { from: view.from, to: view.to }) : t("coordinator.planning.driverChange.who")}</legend>
                {others.map((d) => (
                  <label key={d.id} className="check">
                    <input type="radio" name={`${id}-driver`} value={d.id} checked={driverId === d.id} disabled={d.status !== "free"} onChange={() => setDriverId(d.id)} />
                    {t("coordinator.planning.driverChange.candidate", { driver: d.displayName, why: why(d) })}
                  </label>
                ))}
              </fieldset>
              {!others.some((d) => d.status === "free") && <p className="alert alert--info">{t("coordinator.planning.driverChange.noneFree")} {toFleet}</p>}
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
