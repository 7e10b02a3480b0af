/** Sentences about baskets, shared by the member's, the coordinator's and the producer's screens. */
import type { Locale } from "@tournee/domain";
import type { TFunction } from "../i18n/translator";
import { dayLabel } from "../coordinator/week-dates";
import { formatTime } from "../format/date-time";

/** "Votre panier de légumes arrive mardi 8 décembre à Mainsat, 13:35" (or "vers 13:35, horaire provisoire"). */
export function arrivalSentence(t: TFunction, b: { date: string | null; time: string | null; timeTold: boolean }, what: string, place: string, locale: Locale): string {
  if (!b.date || !b.time) return t("amap.member.noPassage", { what });
  const args = { what, day: dayLabel(b.date, locale), place, time: formatTime(new Date(b.time), locale) };
  return t(b.timeTold ? "amap.member.arrives" : "amap.member.arrivesAbout", args);
}

/** "semaine du 7 décembre" for a delivery week's Monday. */
export function weekLabel(t: TFunction, week: string, locale: Locale): string {
  return t("amap.week", { day: dayLabel(week, locale) });
}
