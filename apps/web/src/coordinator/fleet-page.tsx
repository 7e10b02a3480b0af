import { useTranslation } from "react-i18next";
import { usePageTitle } from "../layout/use-page-title";
import { coordinatorApi } from "./coordinator-api";
import { LoadState } from "./load-state";
import { AvailabilitySummary, AvailabilityToggle } from "./availability-summary";
import { DriverCodeButton, NewDriverForm } from "./driver-onboarding";
import { minuteText } from "./money";
import { useLoad } from "./use-load";
import { useCoordinatedOrganisation } from "./use-organisation";
import { VehicleForm } from "./vehicle-form";

/** Vehicles with their compartments and working hours, and drivers with their weekly availability and dated exceptions, editable. */
export function FleetPage() {
  const { t } = useTranslation();
  usePageTitle(t("coordinator.fleet.title"));
  const organisation = useCoordinatedOrganisation();
  const [fleet, retry] = useLoad(async () => {
    const [vehicles, drivers, sites] = await Promise.all([coordinatorApi.vehicles(), coordinatorApi.drivers(), coordinatorApi.sites()]);
    return { vehicles, drivers, sites };
  }, []);
  return (
    <>
      <h1>{t("coordinator.fleet.title")}</h1>
      <LoadState load={fleet} retry={retry}>
        {({ vehicles, drivers, sites }) => (
          <>
            <section aria-labelledby="vehicles-title" className="panel">
              <h2 id="vehicles-title">{t("coordinator.fleet.vehicles")}</h2>
              <ul className="cards">
                {vehicles.map((v) => (
                  <li key={v.id} className="card">
                    <h3>{v.name}</h3>
                    <p>{t("coordinator.fleet.hours", { from: minuteText(v.workStartMinute), to: minuteText(v.workEndMinute), site: v.homeSite.name })}</p>
                    <ul className="plain-list">
                      {v.compartments.map((c) => (
                        <li key={c.compartment}>{t("coordinator.fleet.compartment", { name: t(`coordinator.compartments.${c.compartment}`), capacity: c.capacity })}</li>
                      ))}
                    </ul>
                  </li>
                ))}
              </ul>
            </section>
            {organisation && <VehicleForm organisationId={organisation.id} sites={sites.filter((s) => s.organisationId === organisation.id)} onSaved={retry} />}
            <section aria-labelledby="drivers-title" className="panel">
              <h2 id="drivers-title">{t("coordinator.fleet.drivers")}</h2>
              <ul className="cards">
                {drivers.map((d) => (
                  <li key={d.id} className="card">
                    <h3>{d.displayName}</h3>
                    {d.phone && <p>{d.phone}</p>}
                    <AvailabilitySummary driver={d} />
                    <DriverCodeButton driverId={d.id} driverName={d.displayName} />
                    {organisation && <AvailabilityToggle driver={d} organisationId={d.organisationIds.includes(organisation.id) ? organisation.id : (d.organisationIds[0] ?? organisation.id)} onSaved={retry} />}
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
