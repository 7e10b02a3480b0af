/**
 * The receiving checklist at the warehouse, for the person there on a delivery morning (often on a
 * phone): per producer who brings its goods, what is expected and by when, who is late, a tick per
 * product that came and a count of what is short. Printable for those who prefer paper.
 */
import "../coordinator/console.css";
import "../producer/producer.css";
import "./supply.css";
import { useState } from "react";
import { useTranslation } from "../i18n/use-translation";
import { LoadState } from "../coordinator/load-state";
import { useLoad } from "../coordinator/use-load";
import { formatDate } from "../format/date-time";
import { useLocale } from "../i18n/use-locale";
import { usePageTitle } from "../layout/use-page-title";
import { DropCard } from "./drop-card";
import { supplyApi } from "./supply-api";

/** "lundi 7 décembre 2026" for "2026-12-07". */
export const dayWords = (day: string, locale: ReturnType<typeof useLocale>) => formatDate(new Date(`${day}T12:00:00Z`), locale);

export function DropsPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  usePageTitle(t("supply.drops.title"));
  const [date, setDate] = useState<string>();
  const [saves, setSaves] = useState(0);
  const [load, retry] = useLoad(() => supplyApi.drops(date), [date, saves], { of: date });
  return (
    <>
      <h1>{t("supply.drops.title")}</h1>
      <p className="lead">{t("supply.drops.intro")}</p>
      <LoadState load={load} retry={retry}>
        {(checklist) => (
          <>
            {checklist.dates.length > 1 && (
              <nav className="toolbar drops__dates" aria-label={t("supply.drops.dates")}>
                {checklist.dates.map((d) => (
                  <button key={d} type="button" className="button" aria-current={d === checklist.date ? "date" : undefined} onClick={() => setDate(d)}>
                    {dayWords(d, locale)}
                  </button>
                ))}
              </nav>
            )}
            <h2>{t("supply.drops.day", { day: dayWords(checklist.date, locale) })}</h2>
            {checklist.drops.length ? (
              <>
                <ul className="receipts">
                  {checklist.drops.map((d) => <DropCard key={`${checklist.date}|${d.producerId}`} date={checklist.date} drop={d} onSaved={() => setSaves((n) => n + 1)} />)}
                </ul>
                <p>
                  <a className="button" href={supplyApi.dropSheetUrl(checklist.date)} target="_blank" rel="noreferrer">{t("supply.drops.print")}</a>
                </p>
              </>
            ) : (
              <p>{t(checklist.dates.length ? "supply.drops.noneThatDay" : "supply.drops.none")}</p>
            )}
          </>
        )}
      </LoadState>
    </>
  );
}
