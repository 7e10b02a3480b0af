/** The bakery's coming seven bake days: for each, the bread ordered on every round that carries it. */
import { useState } from "react";
import { useTranslation } from "../i18n/use-translation";
import { Link } from "react-router";
import { LoadState } from "../coordinator/load-state";
import { useLoad } from "../coordinator/use-load";
import { addDays, dayLabel, parisToday } from "../coordinator/week-dates";
import { useLocale } from "../i18n/use-locale";
import { usePageTitle } from "../layout/use-page-title";
import { bakeryApi } from "./bakery-api";
import { BreadDayPanel } from "./bread-day-panel";
import "./bakery.css";

export function BakeryWeekPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  usePageTitle(t("bakery.week.title"));
  // A bakery bakes every morning: the week that matters starts today.
  const [first, setFirst] = useState(() => parisToday());
  const [week, retry] = useLoad(() => bakeryApi.bread(first, addDays(first, 6)), [first]);
  return (
    <>
      <h1>{t("bakery.week.title")}</h1>
      <div className="toolbar">
        <button type="button" className="button" onClick={() => setFirst(addDays(first, -7))}>{t("bakery.week.previous")}</button>
        <p className="toolbar__label" aria-live="polite">{t("bakery.week.of", { from: dayLabel(first, locale), to: dayLabel(addDays(first, 6), locale) })}</p>
        <button type="button" className="button" onClick={() => setFirst(addDays(first, 7))}>{t("bakery.week.next")}</button>
      </div>
      <LoadState load={week} retry={retry}>
        {(days) =>
          days.length ? (
            <>
              <p className="lead">{t("bakery.week.summary", { count: days.reduce((n, d) => n + d.total, 0), days: days.length })}</p>
              {days.map((day) => <BreadDayPanel key={`${day.date}-${day.bakery.id}`} day={day} />)}
            </>
          ) : (
            <div className="panel">
              <p>{t("bakery.week.none")}</p>
              <p><Link to="/boulangerie/tournees">{t("bakery.week.seeRounds")}</Link></p>
            </div>
          )
        }
      </LoadState>
    </>
  );
}
