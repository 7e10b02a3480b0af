/** One bake day: whether orders are still open, what to bake (nothing on a day the bakery is closed), and each round with its halts. */
import type { BreadDay } from "@tournee/domain";
import { useTranslation } from "../i18n/use-translation";
import { formatDateTime } from "../format/date-time";
import { useLocale } from "../i18n/use-locale";
import { dayLabel } from "../coordinator/week-dates";
import { productionSheet } from "./bakery-api";
import { BreadQuantities, breadsText } from "./bread-quantities";
import { collection, roundNames } from "./round-words";

export function CutoffNote({ day }: { day: Pick<BreadDay, "open" | "cutoffAt"> }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (!day.cutoffAt) return null;
  const when = formatDateTime(new Date(day.cutoffAt), locale);
  return day.open ? <p className="alert alert--info">{t("bakery.day.open", { when })}</p> : <p>{t("bakery.day.closed", { when })}</p>;
}

export function BreadDayPanel({ day }: { day: BreadDay }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const label = dayLabel(day.date, locale);
  const id = `day-${day.date}`;
  const names = roundNames(t, day.rounds);
  return (
    <section aria-labelledby={id} className="panel">
      <h2 id={id}>{t("bakery.day.title", { day: label, count: day.total })}</h2>
      {day.bakeryClosed ? <p className="alert alert--warning">{t("bakery.day.bakeryClosed")}</p> : <CutoffNote day={day} />}
      {day.total > 0 && <BreadQuantities products={day.products} caption={t(day.bakeryClosed ? "bakery.day.ordered" : "bakery.day.toBake", { day: label })} />}
      <p>
        <a href={productionSheet(day.date)} target="_blank" rel="noreferrer">{t("bakery.day.printSheet", { day: label })}</a>
      </p>
      {day.rounds.map((round, i) => (
        <div key={`${round.tourId ?? round.roundName}-${round.carrier.id}`} className="bread-round">
          <h3>{names[i]}</h3>
          <p>
            {[collection(t, locale, round), t("bakery.round.total", { count: round.total })].filter(Boolean).join(" · ")}
          </p>
          <table className="table">
            <caption>{t("bakery.round.stopsCaption", { round: names[i] })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("bakery.stop.name")}</th>
                <th scope="col">{t("bakery.stop.breads")}</th>
                <th scope="col" className="numeric">{t("bakery.stop.total")}</th>
                <th scope="col">{t("bakery.stop.orders")}</th>
              </tr>
            </thead>
            <tbody>
              {round.stops.map((stop) => (
                <tr key={stop.passageId}>
                  <th scope="row">{stop.name?.includes(stop.city) ? stop.name : `${stop.name ?? t("bakery.stop.homeDrop")}, ${stop.city}`}</th>
                  <td>{breadsText(t, stop.products)}</td>
                  <td className="numeric">{stop.total}</td>
                  <td>{stop.open ? t("bakery.stop.open") : t("bakery.stop.closed")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </section>
  );
}
