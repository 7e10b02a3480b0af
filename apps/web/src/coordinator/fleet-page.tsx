import type { Driver } from "@tournee/domain";
import { useState } from "react";
import { useTranslation } from "../i18n/use-translation";
import { usePageTitle } from "../layout/use-page-title";
import { coordinatorApi } from "./coordinator-api";
import { LoadState } from "./load-state";
import { AvailabilitySummary, AvailabilityToggle } from "./availability-summary";
import { DriverCodeButton, DriverRetireButton, NewDriverForm } from "./driver-onboarding";
import { ActiveVehicles, RetiredVehicles } from "./fleet-vehicles";
import { useLoad } from "./use-load";
import { useCoordinatedOrganisation } from "./use-organisation";
import { VehicleForm } from "./vehicle-form";

/** Vehicles with their compartments and working hours, and drivers with their weekly availability and dated exceptions, editable; vehicles and drivers may be retired. */
export function FleetPage() {
  const { t } = useTranslation();
  usePageTitle(t("coordinator.fleet.title"));
  const organisation = useCoordinatedOrganisation();
  const [fleet, retry] = useLoad(async () => {
    const [vehicles, drivers, sites] = await Promise.all([coordinatorApi.vehicles(), coordinatorApi.drivers(), coordinatorApi.sites()]);
    return { vehicles, drivers, sites };
  }, []);
  const [notice, setNotice] = useState<string>();
  const done = (message: string) => {
    setNotice(message);
    retry();
  };
  return (
    <>
      <h1>{t("coordinator.fleet.title")}</h1>
      <p role="status" className={notice ? "alert alert--info" : undefined}>{notice}</p>
      <LoadState load={fleet} retry={retry}>
        {({ vehicles, drivers, sites }) => (
          <>
            <ActiveVehicles vehicles={vehicles.filter((v) => v.active)} sites={sites} drivers={drivers} onSaved={retry} onDone={done} />
            {organisation && <VehicleForm organisationId={organisation.id} sites={sites.filter((s) => s.organisationId === organisation.id)} drivers={drivers.filter((d) => d.organisationIds.includes(organisation.id))} onSaved={retry} />}
            <RetiredVehicles vehicles={vehicles.filter((v) => !v.active)} onDone={done} />
            <section aria-labelledby="drivers-title" className="panel">
              <h2 id="drivers-title">{t("coordinator.fleet.drivers")}</h2>
              <ul className="cards">
                {drivers.map((d) => (
                  <li key={d.id} className="card">
                    <h3>{d.displayName}</h3>
                    {d.phone && <p>{d.phone}</p>}
                    <AvailabilitySummary driver={d} />
                    <DriverCodeButton driverId={d.id} driverName={d.displayName} />
                    {organisation && <AvailabilityToggle driver={d} organisationId={driverOrganisation(d, organisation.id)} onSaved={retry} />}
                    {organisation && <DriverRetireButton driverId={d.id} driverName={d.displayName} organisationId={driverOrganisation(d, organisation.id)} onDone={done} />}
                  </li>
                ))}
              </ul>
            </section>
            {organisation && <NewDriverForm organisationId={organisation.id} onSaved={retry} />}
          </>
        )}
      </LoadState>
    </>
  );
}

/** The organisation a driver's changes apply to: the one chosen in the console when they drive for it. */
const driverOrganisation = (driver: Driver, chosen: string) => (driver.organisationIds.includes(chosen) ? chosen : (driver.organisationIds[0] ?? chosen));
