import type { Driver, Vehicle } from "@tournee/domain";
import { useTranslation } from "../i18n/use-translation";

export interface Crew {
  vehicleIds: ReadonlySet<string>;
  driverIds: ReadonlySet<string>;
}

/** Which vehicles in service and which drivers take part in the next run (all of them unless unticked). */
export function PlanningCrew({ vehicles, drivers, crew, onChange }: { vehicles: readonly Vehicle[]; drivers: readonly Driver[]; crew: Crew; onChange(crew: Crew): void }) {
  const { t } = useTranslation();
  const toggle = (set: ReadonlySet<string>, id: string, on: boolean) => {
    const next = new Set(set);
    if (on) next.add(id);
    else next.delete(id);
    return next;
  };
  return (
    <details className="crew">
      <summary>{t("coordinator.planning.crew", { vehicles: crew.vehicleIds.size, drivers: crew.driverIds.size })}</summary>
      <fieldset>
        <legend>{t("coordinator.planning.crewVehicles")}</legend>
        {vehicles.map((v) => (
          <label key={v.id} className="check">
            <input type="checkbox" checked={crew.vehicleIds.has(v.id)} onChange={(e) => onChange({ ...crew, vehicleIds: toggle(crew.vehicleIds, v.id, e.target.checked) })} />
            {v.name}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t("coordinator.planning.crewDrivers")}</legend>
        {drivers.map((d) => (
          <label key={d.id} className="check">
            <input type="checkbox" checked={crew.driverIds.has(d.id)} onChange={(e) => onChange({ ...crew, driverIds: toggle(crew.driverIds, d.id, e.target.checked) })} />
            {d.displayName}
          </label>
        ))}
      </fieldset>
    </details>
  );
}
