import type { Locale } from "@tournee/domain";
import type { TFunction } from "../../i18n/translator";
import { formatDate, formatTime } from "../../format/date-time";

interface PassageLike {
  date: string;
  stop: { kind: "halt" | "home_drop"; name: string; city: string };
  windowStart: string;
  windowEnd: string;
  cutoffAt: string;
}

/** "Felletin — Place Quinault, lundi 14 décembre 2026, 11:15 – 11:40", or "à domicile" for a home drop. */
export function passageLabel(t: TFunction, passage: PassageLike, locale: Locale): string {
  const place = passage.stop.kind === "home_drop" ? t("coordinator.desk.atHome", { city: passage.stop.city }) : passage.stop.name;
  return t("coordinator.desk.passage", {
    place, day: formatDate(new Date(passage.windowStart), locale), from: formatTime(new Date(passage.windowStart), locale), to: formatTime(new Date(passage.windowEnd), locale),
  });
}

/** "dimanche 13 décembre 2026 à 18:00". */
export function cutoffLabel(t: TFunction, passage: Pick<PassageLike, "cutoffAt">, locale: Locale): string {
  const cutoff = new Date(passage.cutoffAt);
  return t("coordinator.desk.when", { day: formatDate(cutoff, locale), time: formatTime(cutoff, locale) });
}

/** A calendar date 'YYYY-MM-DD' as France reads it ("lundi 30 novembre 2026"). */
export function dateLabel(date: string, locale: Locale): string {
  return formatDate(new Date(`${date}T12:00:00Z`), locale);
}
