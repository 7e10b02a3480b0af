/**
 * What messages about a passage say: its date, where (a halt's name, or "at your home"), and
 * when — the planned time once its round is published ("vers 10 h 15"), until then the published
 * window ("entre 9 h 50 et 10 h 15"), never a draft time that may still move.
 */
import { formatDay, formatDeadline, formatTime, type TemplateLocale } from "@tournee/notify/templates";
import { isoDate } from "../../db/db-date.js";
import type { Prisma } from "../../generated/prisma/client.js";

export const PASSAGE_FACTS_SELECT = {
  id: true, organisationId: true, date: true, status: true, cutoffAt: true, windowStart: true, windowEnd: true, plannedArrival: true, arrivedAt: true,
  stop: { select: { id: true, kind: true, name: true, city: true, householdId: true } },
  tour: { select: { status: true } },
  organisation: { select: { timeZone: true } },
} satisfies Prisma.PassageSelect;

export type PassageFacts = Prisma.PassageGetPayload<{ select: typeof PASSAGE_FACTS_SELECT }>;

/** The precise time residents may rely on, or null while the round is not published. */
export function publishedTime(p: PassageFacts): Date | null {
  return p.plannedArrival && (p.tour?.status === "published" || p.tour?.status === "in_progress") ? p.plannedArrival : null;
}

export function whenText(p: PassageFacts, locale: TemplateLocale, at: Date | null = publishedTime(p)): string {
  const tz = p.organisation.timeZone;
  if (at) return `${locale === "fr" ? "vers" : "around"} ${formatTime(at, locale, tz)}`;
  return locale === "fr" ? `entre ${formatTime(p.windowStart, locale, tz)} et ${formatTime(p.windowEnd, locale, tz)}` : `between ${formatTime(p.windowStart, locale, tz)} and ${formatTime(p.windowEnd, locale, tz)}`;
}

/** Where: the halt's name, or the household's home ("à votre domicile", or "à son domicile" to its relay). */
export function placeText(p: PassageFacts, locale: TemplateLocale, thirdPerson = false): string {
  if (p.stop.kind === "home_drop") return locale === "fr" ? (thirdPerson ? "à son domicile" : "à votre domicile") : thirdPerson ? "at their home" : "at your home";
  return p.stop.name.replace(/\s+—\s+/, ", ");
}

/** The values every passage message may use, with the neutral fallbacks of place names. */
export function passageValues(p: PassageFacts, locale: TemplateLocale, thirdPerson = false): { values: Record<string, string>; fallbacks: Record<string, string> } {
  const lieu = placeText(p, locale, thirdPerson);
  return {
    values: { date: formatDay(isoDate(p.date), locale), heure: whenText(p, locale), lieu, limite: formatDeadline(p.cutoffAt, locale, p.organisation.timeZone) },
    fallbacks: { lieu: p.stop.kind === "home_drop" ? lieu : `${locale === "fr" ? "à" : "in"} ${p.stop.city}` },
  };
}
