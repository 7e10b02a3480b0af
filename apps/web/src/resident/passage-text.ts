import type { TFunction } from "../i18n/translator";
import type { Locale } from "@tournee/domain";
import { formatDate, formatTime } from "../format/date-time";
import type { ResidentPassage } from "./resident-api";

/** What these sentences read of a passage (a relay's list of households does not say which bakeries are closed). */
type SaidPassage = Omit<ResidentPassage, "closedBakeries">;

/** "Le camion vient à Place de l'église (Blessac) le mardi 10 mars 2026.", or "à votre porte" for a home drop. */
export function passageSentence(t: TFunction, passage: SaidPassage, locale: Locale): string {
  const day = formatDate(new Date(passage.windowStart), locale);
  if (passage.stop.kind === "home_drop") return t("resident.passage.homeDrop", { day });
  const { name, city } = passage.stop;
  return t("resident.passage.halt", { halt: name.includes(city) ? name : `${name} (${city})`, day });
}

/**
 * The time, as honestly as it is known: once the round is published, the time told ("Heure prévue :
 * 10:23", or "Heure estimée à vol d'oiseau : 10:23" when the times are a straight-line estimate, in
 * part for a mixed plan); before, the window, said to be provisional.
 */
export function timeSentence(t: TFunction, passage: SaidPassage, locale: Locale): { text: string; provisional: boolean } {
  if (passage.plannedArrival) {
    const key = passage.arrivalSource === "estimate" ? "etaEstimated" : passage.arrivalSource === "mixed" ? "etaMixed" : "eta";
    return { text: t(`resident.passage.${key}`, { time: formatTime(new Date(passage.plannedArrival), locale) }), provisional: false };
  }
  const from = formatTime(new Date(passage.windowStart), locale);
  const to = formatTime(new Date(passage.windowEnd), locale);
  return { text: t("resident.passage.provisional", { from, to }), provisional: true };
}

/** "L'heure a changé : …" when the latest publication moved the time told by more than 15 minutes. */
export function movedSentence(t: TFunction, passage: SaidPassage, locale: Locale): string | undefined {
  if (!passage.plannedArrival || !passage.previousArrival) return undefined;
  return t("resident.passage.moved", { time: formatTime(new Date(passage.plannedArrival), locale), before: formatTime(new Date(passage.previousArrival), locale) });
}

/** "Le camion est en route avec environ 35 minutes de retard : …" while its round runs late (the household's delay message says the same). */
export function lateSentence(t: TFunction, passage: SaidPassage, locale: Locale): string | undefined {
  if (!passage.delay) return undefined;
  return t("resident.passage.late", { minutes: passage.delay.minutes, time: formatTime(new Date(passage.delay.expectedArrival), locale) });
}

/** "Commandez avant le lundi 9 mars à 18:00". */
export function cutoffSentence(t: TFunction, passage: Pick<ResidentPassage, "cutoffAt">, locale: Locale): string {
  const cutoff = new Date(passage.cutoffAt);
  return t("resident.passage.cutoff", { day: formatDate(cutoff, locale), time: formatTime(cutoff, locale) });
}
