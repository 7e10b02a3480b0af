import type { CommuneStats } from "@tournee/domain";
import { useTranslation } from "../i18n/use-translation";
import { useLocale } from "../i18n/use-locale";
import { INTL_LOCALE } from "../i18n/locale";
import { ScrollingTable } from "../ui/scrolling-table";

/** "novembre 2026" from '2026-11'. */
export function monthLabel(month: string, locale: "fr" | "en"): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${month}-01T00:00:00Z`));
}

/** A count as shown: the server answers null below five, shown "< 5". */
export function Count({ value }: { value: number | null }) {
  return <>{value === null ? "< 5" : value}</>;
}

const allMasked = (stats: CommuneStats) => stats.months.every((m) => m.households === null && m.passages === null && m.deliveries === null);

/** One commune's months, most recent first: households served, passages, deliveries. */
export function FiguresTable({ stats }: { stats: CommuneStats }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (allMasked(stats)) {
    return <p>{t("communes.figures.allMasked", { city: stats.city, since: monthLabel(stats.months[0]!.month, locale) })}</p>;
  }
  return (
    <ScrollingTable caption={t("communes.figures.caption", { city: stats.city })}>
      <thead>
        <tr>
          <th scope="col">{t("communes.figures.month")}</th>
          <th scope="col">{t("communes.figures.households")}</th>
          <th scope="col">{t("communes.figures.passages")}</th>
          <th scope="col">{t("communes.figures.deliveries")}</th>
        </tr>
      </thead>
      <tbody>
        {[...stats.months].reverse().map((m) => (
          <tr key={m.month}>
            <th scope="row">{monthLabel(m.month, locale)}</th>
            <td><Count value={m.households} /></td>
            <td><Count value={m.passages} /></td>
            <td><Count value={m.deliveries} /></td>
          </tr>
        ))}
      </tbody>
    </ScrollingTable>
  );
}
