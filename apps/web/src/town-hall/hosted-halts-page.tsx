import "./town-hall.css";
import type { HaltDate, HostedHalt } from "@tournee/domain";
import { useTranslation } from "../i18n/use-translation";
import { communePageUrl, communesApi } from "../communes/communes-api";
import { FiguresTable } from "../communes/figures-table";
import { LoadState } from "../coordinator/load-state";
import { useLoad } from "../coordinator/use-load";
import { formatDate, formatTime } from "../format/date-time";
import { useLocale } from "../i18n/use-locale";
import { usePageTitle } from "../layout/use-page-title";

/** A town hall's halts: where and when the rounds stop in the rooms and squares it lends, each commune's poster, and its figures. */
export function HostedHaltsPage() {
  const { t } = useTranslation();
  usePageTitle(t("townHall.title"));
  const [load, retry] = useLoad(() => Promise.all([communesApi.hostedHalts(), communesApi.hostedStats()]), []);
  return (
    <>
      <h1>{t("townHall.title")}</h1>
      <LoadState load={load} retry={retry}>
        {([halts, stats]) => {
          if (!halts.length) return <p>{t("townHall.none")}</p>;
          return (
            <>
              <p>{t("townHall.intro", { count: halts.length })}</p>
              <div className="hosted-halts">
                {halts.map((h) => <HaltCard key={h.id} halt={h} />)}
              </div>
              <h2>{t("townHall.figures")}</h2>
              <p>{t("communes.figures.explain")}</p>
              {stats.map((s) => <FiguresTable key={s.commune} stats={s} />)}
            </>
          );
        }}
      </LoadState>
    </>
  );
}

function HaltCard({ halt }: { halt: HostedHalt }) {
  const { t } = useTranslation();
  return (
    <section className="panel hosted-halt" aria-labelledby={`halt-${halt.id}`}>
      <h2 id={`halt-${halt.id}`}>{halt.name}</h2>
      <p>{[halt.addressLine, halt.city].filter(Boolean).join(", ")} · {halt.organisation.name}</p>
      {halt.hostPlace && <p>{t("townHall.place", { place: halt.hostPlace })}</p>}
      <h3>{t("townHall.next")}</h3>
      {halt.dates.length ? (
        <ul className="halt-dates">
          {halt.dates.map((d) => <DateLine key={`${d.date}-${d.windowStart}`} date={d} />)}
        </ul>
      ) : (
        <p>{t("townHall.noDate")}</p>
      )}
      <p>
        <a className="button" href={communePageUrl(halt.commune)} target="_blank" rel="noopener">{t("townHall.poster", { city: halt.city })}</a>
      </p>
    </section>
  );
}

function DateLine({ date }: { date: HaltDate }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const window = t("townHall.window", { from: formatTime(new Date(date.windowStart), locale), to: formatTime(new Date(date.windowEnd), locale) });
  return (
    <li>
      <strong>{formatDate(new Date(`${date.date}T12:00:00Z`), locale)}</strong>, {window}
      {date.round && <> · {date.round}</>}
      {date.fromTimetable && <span className="usual"> {t("townHall.usual")}</span>}
    </li>
  );
}
