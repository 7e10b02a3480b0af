/** A partnership in words: who carries for whom, on which days, over which period. */
import type { Locale, Partnership } from "@tournee/domain";
import type { TFunction } from "../i18n/translator";
import { formatDay, weekdayName } from "../format/date-time";
import { INTL_LOCALE } from "../i18n/locale";

export function daysText(weekdays: readonly number[], locale: Locale): string {
  return new Intl.ListFormat(INTL_LOCALE[locale], { type: "conjunction" }).format(weekdays.map((d) => weekdayName(d, locale)));
}

export function periodText(t: TFunction, p: Pick<Partnership, "validFrom" | "validTo">, locale: Locale): string {
  return p.validTo ? t("pooled.period.between", { from: formatDay(p.validFrom, locale), to: formatDay(p.validTo, locale) }) : t("pooled.period.since", { from: formatDay(p.validFrom, locale) });
}

/** "The grocery carries the Red Cross's deliveries", from the reader's side. */
export function carriesText(t: TFunction, p: Pick<Partnership, "ourSide" | "carrier" | "partner">): string {
  return p.ourSide === "carrier" ? t("pooled.weCarry", { partner: p.partner.name }) : t("pooled.theyCarry", { carrier: p.carrier.name });
}
