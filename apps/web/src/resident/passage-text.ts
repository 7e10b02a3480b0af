import type { TFunction } from "i18next";
import type { Locale } from "@tournee/domain";
import { formatDate, formatTime } from "../format/date-time";
import type { ResidentPassage } from "./resident-api";

/**
 * "Le camion vient à Place de l'église le mardi 10 mars entre 10:15 et 10:45", or for a home drop
 * "à votre porte vers 11:00"; once the round is planned, the estimated time is added.
 */
export function passageSentence(t: TFunction, passage: ResidentPassage, locale: Locale): string {
  const start = new Date(passage.windowStart);
  const end = new Date(passage.windowEnd);
  const day = formatDate(start, locale);
  if (passage.stop.kind === "home_drop") {
    const around = passage.plannedArrival ? new Date(passage.plannedArrival) : new Date((start.getTime() + end.getTime()) / 2);
    return t("resident.passage.homeDrop", { day, time: formatTime(around, locale) });
  }
  const { name, city } = passage.stop;
  const halt = name.includes(city) ? name : `${name} (${city})`;
  return t("resident.passage.halt", { halt, day, from: formatTime(start, locale), to: formatTime(end, locale) });
}

/**
 * "Heure prévue : 10:23" once the round is planned and published on road times; "Heure estimée à
 * vol d'oiseau : 10:23" when the times are a straight-line estimate (in part, for a mixed plan).
 */
export function etaSentence(t: TFunction, passage: ResidentPassage, locale: Locale): string | undefined {
  if (!passage.plannedArrival) return undefined;
  const key = passage.arrivalSource === "estimate" ? "etaEstimated" : passage.arrivalSource === "mixed" ? "etaMixed" : "eta";
  return t(`resident.passage.${key}`, { time: formatTime(new Date(passage.plannedArrival), locale) });
}

/** "Commandez avant le lundi 9 mars à 18:00". */
export function cutoffSentence(t: TFunction, passage: Pick<ResidentPassage, "cutoffAt">, locale: Locale): string {
  const cutoff = new Date(passage.cutoffAt);
  return t("resident.passage.cutoff", { day: formatDate(cutoff, locale), time: formatTime(cutoff, locale) });
}
