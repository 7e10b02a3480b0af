import type { CommuneStats } from "@tournee/domain";
import { useState } from "react";
import { useTranslation } from "../i18n/use-translation";
import { LoadState } from "../coordinator/load-state";
import { useLoad } from "../coordinator/use-load";
import { useLocale } from "../i18n/use-locale";
import { usePageTitle } from "../layout/use-page-title";
import { COMMUNE_STATS_CSV, communePageUrl, communesApi } from "./communes-api";
import { Count, monthLabel } from "./figures-table";
import { ScrollingTable } from "../ui/scrolling-table";

/** Every commune where the organisation's rounds stop: its public page (the town hall's poster) and its figures of a month, for town halls and funders. */
export function CommunesPage() {
  const { t } = useTranslation();
  usePageTitle(t("communes.title"));
  const [load, retry] = useLoad(() => communesApi.organisationStats(), []);
  return (
    <>
      <h1>{t("communes.title")}</h1>
      <p>{t("communes.intro")}</p>
      <p>{t("communes.figures.explain")}</p>
      <LoadState load={load} retry={retry}>
        {(stats) => (stats.length ? <CommunesTable stats={stats} /> : <p>{t("communes.none")}</p>)}
      </LoadState>
    </>
  );
}

function CommunesTable({ stats }: { stats: CommuneStats[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const months = stats[0]!.months.map((m) => m.month);
  // The month just ended is complete; the current one is still being counted.
  const [month, setMonth] = useState(months.at(-2) ?? months.at(-1)!);
  return (
    <>
      <div className="actions">
        <label>
          {t("communes.month")}{" "}
          <select value={month} onChange={(e) => setMonth(e.target.value)}>
            {[...months].reverse().map((m) => <option key={m} value={m}>{monthLabel(m, locale)}</option>)}
          </select>
        </label>
        <a className="button" href={COMMUNE_STATS_CSV} download>{t("communes.csv")}</a>
      </div>
      <ScrollingTable caption={t("communes.caption", { month: monthLabel(month, locale), count: stats.length })}>
        <thead>
          <tr>
            <th scope="col">{t("communes.commune")}</th>
            <th scope="col">{t("communes.figures.households")}</th>
            <th scope="col">{t("communes.figures.passages")}</th>
            <th scope="col">{t("communes.figures.deliveries")}</th>
            <th scope="col">{t("communes.page")}</th>
          </tr>
        </thead>
        <tbody>
          {stats.map((c) => {
            const m = c.months.find((x) => x.month === month)!;
            return (
              <tr key={c.commune}>
                <th scope="row">{c.city}</th>
                <td><Count value={m.households} /></td>
                <td><Count value={m.passages} /></td>
                <td><Count value={m.deliveries} /></td>
                <td><a href={communePageUrl(c.commune)} target="_blank" rel="noopener">{t("communes.poster", { city: c.city })}</a></td>
              </tr>
            );
          })}
        </tbody>
      </ScrollingTable>
    </>
  );
}
