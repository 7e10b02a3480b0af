/** The rounds that carry the bakery's bread, their departure, and when each collects it. */
import { useTranslation } from "../i18n/use-translation";
import { LoadState } from "../coordinator/load-state";
import { useLoad } from "../coordinator/use-load";
import { dayLabel } from "../coordinator/week-dates";
import { formatTime } from "../format/date-time";
import { useLocale } from "../i18n/use-locale";
import { usePageTitle } from "../layout/use-page-title";
import { bakeryApi } from "./bakery-api";
import "./bakery.css";
import { ScrollingTable } from "../ui/scrolling-table";

export function BakeryRoundsPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  usePageTitle(t("bakery.rounds.title"));
  const [rounds, retry] = useLoad(() => bakeryApi.rounds(), []);
  return (
    <>
      <h1>{t("bakery.rounds.title")}</h1>
      <p className="lead">{t("bakery.rounds.intro")}</p>
      <LoadState load={rounds} retry={retry}>
        {(list) =>
          list.length ? (
            <ScrollingTable caption={t("bakery.rounds.caption", { count: list.length })}>
                <thead>
                  <tr>
                    <th scope="col">{t("bakery.rounds.round")}</th>
                    <th scope="col">{t("bakery.rounds.when")}</th>
                    <th scope="col">{t("bakery.rounds.next")}</th>
                    <th scope="col">{t("bakery.rounds.collect")}</th>
                    <th scope="col">{t("bakery.rounds.breads")}</th>
                  </tr>
                </thead>
                <tbody>
                  {list.map((r) => (
                    <tr key={r.templateId}>
                      <th scope="row">
                        {r.name}
                        <br />
                        <small>{[r.carrier.name, r.vehicleName, r.halts ? t("bakery.rounds.halts", { count: r.halts }) : null, r.homeDrops ? t("bakery.rounds.homeDrops", { count: r.homeDrops }) : null].filter(Boolean).join(" · ")}</small>
                      </th>
                      <td>{t(r.everyWeeks === 1 ? "bakery.rounds.weekly" : "bakery.rounds.everyWeeks", { weekday: t(`bakery.weekdays.${r.weekday}`), count: r.everyWeeks, time: r.departure })}</td>
                      <td>{r.nextDate ? dayLabel(r.nextDate, locale) : t("bakery.rounds.noNext")}</td>
                      <td>{r.nextCollectAt ? t("bakery.round.collectAt", { time: formatTime(new Date(r.nextCollectAt), locale) }) : t("bakery.rounds.notPlanned", { time: r.departure })}</td>
                      <td>{r.breads.length ? r.breads.join(", ") : t("bakery.rounds.own")}</td>
                    </tr>
                  ))}
                </tbody>
              </ScrollingTable>
          ) : (
            <p className="panel">{t("bakery.rounds.none")}</p>
          )
        }
      </LoadState>
    </>
  );
}
