import type { Site, Vehicle } from "@tournee/domain";
import { useState } from "react";
import { useTranslation } from "../i18n/use-translation";
import { coordinatorApi } from "./coordinator-api";
import { describeError } from "./describe-error";
import { RetireAction } from "./fleet-retire";
import { formatEuros, minuteText } from "./money";
import { useLocale } from "../i18n/use-locale";
import { VehicleForm } from "./vehicle-form";

interface Props {
  vehicles: Vehicle[];
  sites: Site[];
  /** Whose own car a vehicle may be. */
  drivers: readonly { id: string; displayName: string; organisationIds: string[] }[];
  /** Reloads the fleet after a change. */
  onSaved(): void;
  /** Says, at page level, what a retirement or return to service did. */
  onDone(message: string): void;
}

/** Vehicles in service: hours, compartments, and buttons to change or retire each. */
export function ActiveVehicles({ vehicles, sites, drivers, onSaved, onDone }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <section aria-labelledby="vehicles-title" className="panel">
      <h2 id="vehicles-title">{t("coordinator.fleet.vehicles")}</h2>
      {vehicles.length === 0 && <p>{t("coordinator.fleet.noVehicle")}</p>}
      <ul className="cards">
        {vehicles.map((v) => (
          <li key={v.id} className="card">
            <h3>{v.name}</h3>
            {v.plate && <p>{v.plate}</p>}
            <p>{t("coordinator.fleet.hours", { from: minuteText(v.workStartMinute), to: minuteText(v.workEndMinute), site: v.homeSite.name })}</p>
            <ul className="plain-list">
              {v.compartments.map((c) => (
                <li key={c.compartment}>{t("coordinator.fleet.compartment", { name: t(`coordinator.compartments.${c.compartment}`), capacity: c.capacity })}</li>
              ))}
            </ul>
            {v.reloadMinutes !== null && <p>{t(v.maxTrips ? "coordinator.fleet.reloadsUpTo" : "coordinator.fleet.reloadsSummary", { minutes: v.reloadMinutes, trips: v.maxTrips, site: v.homeSite.name })}</p>}
            {v.owner && (
              <p>
                {v.mileageAllowanceCents !== null
                  ? t("coordinator.fleet.ownedWithAllowance", { owner: v.owner.displayName, amount: formatEuros(v.mileageAllowanceCents, locale) })
                  : t("coordinator.fleet.owned", { owner: v.owner.displayName })}
              </p>
            )}
            <VehicleEditToggle vehicle={v} sites={sites.filter((s) => s.organisationId === v.organisationId)} drivers={drivers} onSaved={onSaved} />
            <RetireAction
              label={t("coordinator.fleet.retire", { name: v.name })}
              question={t("coordinator.fleet.retireQuestion", { name: v.name })}
              confirmLabel={t("coordinator.fleet.retireConfirm", { name: v.name })}
              action={async () => t("coordinator.fleet.retired", { name: (await coordinatorApi.updateVehicle(v.id, { active: false })).name })}
              onDone={onDone}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}

function VehicleEditToggle({ vehicle, sites, drivers, onSaved }: { vehicle: Vehicle; sites: Site[]; drivers: Props["drivers"]; onSaved(): void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button" aria-expanded={open} onClick={() => setOpen(!open)}>
        {t("coordinator.fleet.edit", { name: vehicle.name })}
      </button>
      {open && <VehicleForm organisationId={vehicle.organisationId} sites={sites} drivers={drivers.filter((d) => d.organisationIds.includes(vehicle.organisationId))} vehicle={vehicle} onSaved={onSaved} />}
    </>
  );
}

/** Vehicles out of service: kept on past rounds, never planned; each may be put back in service. */
export function RetiredVehicles({ vehicles, onDone }: Pick<Props, "vehicles" | "onDone">) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<string>();
  if (vehicles.length === 0) return null;
  async function reinstate(v: Vehicle) {
    setFailure(undefined);
    try {
      await coordinatorApi.updateVehicle(v.id, { active: true });
      onDone(t("coordinator.fleet.reinstated", { name: v.name }));
    } catch (error) {
      setFailure(describeError(t, error));
    }
  }
  return (
    <section aria-labelledby="retired-title" className="panel">
      <h2 id="retired-title">{t("coordinator.fleet.retiredVehicles")}</h2>
      <p>{t("coordinator.fleet.retiredHelp")}</p>
      {failure && <p className="alert alert--error" role="alert">{failure}</p>}
      <ul className="plain-list">
        {vehicles.map((v) => (
          <li key={v.id} className="actions">
            <span>{v.plate ? `${v.name} (${v.plate})` : v.name}</span>
            <button type="button" className="button" onClick={() => void reinstate(v)}>
              {t("coordinator.fleet.reinstate", { name: v.name })}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
