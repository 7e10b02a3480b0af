/** Dates and times as a message says them: "mardi 10 mars", "10 h 15", "lundi 9 mars à 18 h". */
import { instantToZoned, PARIS, weekdayOf, type LocalDate } from "@tournee/domain/calendar";
import type { TemplateLocale } from "./defaults.js";

const DAYS: Record<TemplateLocale, readonly string[]> = {
  fr: ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
  en: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
};
const MONTHS: Record<TemplateLocale, readonly string[]> = {
  fr: ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
  en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
};

export function formatDay(date: LocalDate, locale: TemplateLocale): string {
  const [, month, day] = date.split("-").map(Number) as [number, number, number];
  const weekday = DAYS[locale][weekdayOf(date) - 1];
  return locale === "fr" ? `${weekday} ${day === 1 ? "1er" : day} ${MONTHS.fr[month - 1]}` : `${weekday} ${day} ${MONTHS.en[month - 1]}`;
}

export function formatTime(instant: Date, locale: TemplateLocale, timeZone: string = PARIS): string {
  const [h, m] = instantToZoned(instant, timeZone).time.split(":") as [string, string];
  if (locale === "en") return `${h}:${m}`;
  return m === "00" ? `${Number(h)} h` : `${Number(h)} h ${m}`;
}

export function formatDeadline(instant: Date, locale: TemplateLocale, timeZone: string = PARIS): string {
  const day = formatDay(instantToZoned(instant, timeZone).date, locale);
  return locale === "fr" ? `${day} ${formatTime(instant, locale, timeZone)}` : `${day}, ${formatTime(instant, locale, timeZone)}`;
}
