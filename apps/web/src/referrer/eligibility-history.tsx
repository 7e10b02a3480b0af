import type { ReferredHouseholdDetail } from "@tournee/domain";
import { useTranslation } from "../i18n/use-translation";
import { formatEuros } from "../coordinator/money";
import { formatDay } from "../format/date-time";
import { useLocale } from "../i18n/use-locale";

type Record = ReferredHouseholdDetail["eligibilities"][number];

/** Each period granted (rate, monthly cap, dates) with who decided what and when. */
export function EligibilityHistory({ eligibilities }: { eligibilities: readonly Record[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (!eligibilities.length) return <p>{t("referrer.household.noRights")}</p>;
  return (
    <ul className="plain-list">
      {eligibilities.map((e) => (
        <li key={e.id}>
          <strong>
            {t("referrer.household.period", {
              rate: e.participationRatePercent,
              cap: e.monthlyCapCents === null ? t("referrer.household.noCap") : t("referrer.household.cap", { amount: formatEuros(e.monthlyCapCents, locale) }),
              from: formatDay(e.validFrom, locale),
              to: formatDay(e.validTo, locale),
            })}
            {e.status !== "active" && t(`referrer.household.periodStatus.${e.status}`)}
          </strong>
          <ul className="timeline">
            {e.events.map((ev, i) => (
              <li key={ev.at}>
                {eventText(t, ev, i, locale)}
                {ev.by && ` ${t("referrer.household.by", { name: ev.by })}`}
                {ev.note && t("referrer.household.note", { note: ev.note })}
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}

function eventText(t: ReturnType<typeof useTranslation>["t"], ev: Record["events"][number], index: number, locale: "fr" | "en"): string {
  const date = formatDay(ev.at.slice(0, 10), locale);
  if (ev.status === "suspended") return t("referrer.household.event.suspended", { date });
  if (ev.status === "ended") return t("referrer.household.event.ended", { date });
  if (index > 0 && ev.validTo) return t("referrer.household.event.extended", { date, to: formatDay(ev.validTo, locale) });
  return t("referrer.household.event.granted", { date });
}
