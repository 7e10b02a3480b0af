/** The mileage allowances owed to volunteers who drive their own car, month by month, with the file for the treasurer. */
import type { MileageOwner, MileageReport } from "@tournee/domain";
import { useState } from "react";
import { useTranslation } from "../../i18n/use-translation";
import { Link } from "react-router";
import { monthLabel } from "../../communes/figures-table";
import { formatDay } from "../../format/date-time";
import { formatDistance } from "../../format/units";
import { useLocale } from "../../i18n/use-locale";
import { usePageTitle } from "../../layout/use-page-title";
import { ScrollingTable } from "../../ui/scrolling-table";
import { LoadState } from "../load-state";
import { formatEuros } from "../money";
import { useLoad } from "../use-load";
import { useCoordinatedOrganisation } from "../use-organisation";
import { mileageApi } from "./mileage-api";

/** '2026-03' moved by `by` months. */
export function shiftMonth(month: string, by: number): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1 + by, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}`;
}

export function MileagePage() {
  const { t } = useTranslation();
  usePageTitle(t("coordinator.mileage.title"));
  const organisation = useCoordinatedOrganisation();
  const [month, setMonth] = useState<string>();
  const [report, retry] = useLoad(() => mileageApi.report(month, organisation?.id), [month, organisation?.id]);
  return (
    <>
      <h1>{t("coordinator.mileage.title")}</h1>
      <p>{t("coordinator.mileage.intro")}</p>
      <LoadState load={report} retry={retry}>
        {(r) => <MonthReport report={r} onMonth={setMonth} />}
      </LoadState>
    </>
  );
}

function MonthReport({ report, onMonth }: { report: MileageReport; onMonth(month: string): void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const label = monthLabel(report.month, locale);
  return (
    <>
      <div className="actions" role="group" aria-label={t("coordinator.mileage.months")}>
        <button type="button" className="button" onClick={() => onMonth(shiftMonth(report.month, -1))}>{t("coordinator.mileage.previous", { month: monthLabel(shiftMonth(report.month, -1), locale) })}</button>
        <h2 aria-live="polite">{label}</h2>
        <button type="button" className="button" onClick={() => onMonth(shiftMonth(report.month, 1))}>{t("coordinator.mileage.next", { month: monthLabel(shiftMonth(report.month, 1), locale) })}</button>
      </div>
      {report.owners.length === 0 ? (
        <p>
          {t("coordinator.mileage.noCar")} <Link to="/coordination/flotte">{t("coordinator.mileage.toFleet")}</Link>
        </p>
      ) : (
        <>
          <ScrollingTable caption={t("coordinator.mileage.caption", { month: label })}>
            <thead>
              <tr>
                <th scope="col">{t("coordinator.mileage.volunteer")}</th>
                <th scope="col">{t("coordinator.mileage.cars")}</th>
                <th scope="col">{t("coordinator.mileage.rounds")}</th>
                <th scope="col">{t("coordinator.mileage.km")}</th>
                <th scope="col">{t("coordinator.mileage.owed")}</th>
              </tr>
            </thead>
            <tbody>
              {report.owners.map((o) => (
                <tr key={o.owner.id}>
                  <th scope="row">{o.owner.displayName}</th>
                  <td>{o.vehicles.map((v) => (v.allowanceCentsPerKm === null ? t("coordinator.mileage.carNoAllowance", { name: v.name }) : t("coordinator.mileage.car", { name: v.name, rate: formatEuros(v.allowanceCentsPerKm, locale) }))).join(" ; ")}</td>
                  <td>{o.rounds.length}</td>
                  <td>{formatDistance(o.distanceM, locale)}</td>
                  <td>{formatEuros(o.amountCents, locale)}</td>
                </tr>
              ))}
            </tbody>
          </ScrollingTable>
          <p>
            <strong>{t("coordinator.mileage.total", { amount: formatEuros(report.totalCents, locale) })}</strong>{" "}
            <a className="button" href={mileageApi.csvUrl(report.month, report.organisationId)} download>{t("coordinator.mileage.csv", { month: label })}</a>
          </p>
          {report.owners.filter((o) => o.rounds.length > 0).map((o) => <OwnerRounds key={o.owner.id} owner={o} month={label} />)}
        </>
      )}
    </>
  );
}

function OwnerRounds({ owner, month }: { owner: MileageOwner; month: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <ScrollingTable caption={t("coordinator.mileage.roundsOf", { name: owner.owner.displayName, month })}>
      <thead>
        <tr>
          <th scope="col">{t("coordinator.mileage.date")}</th>
          <th scope="col">{t("coordinator.mileage.vehicle")}</th>
          <th scope="col">{t("coordinator.mileage.driver")}</th>
          <th scope="col">{t("coordinator.mileage.status")}</th>
          <th scope="col">{t("coordinator.mileage.km")}</th>
          <th scope="col">{t("coordinator.mileage.amount")}</th>
        </tr>
      </thead>
      <tbody>
        {owner.rounds.map((r) => (
          <tr key={r.tourId}>
            <th scope="row">{formatDay(r.date, locale)}</th>
            <td>{r.vehicle.name}</td>
            <td>{r.driverName ?? t("coordinator.week.noDriver")}</td>
            <td>{t(`coordinator.tourStatus.${r.status}`)}</td>
            <td>{formatDistance(r.distanceM, locale)}</td>
            <td>{formatEuros(r.amountCents, locale)}</td>
          </tr>
        ))}
      </tbody>
    </ScrollingTable>
  );
}
