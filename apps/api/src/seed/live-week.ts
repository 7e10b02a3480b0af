/**
 * The demo's calendar, so that a first sign-in on any day finds a week in motion: the rounds of
 * the last two weeks are done (handed over, paid, some missed), the demo day's rounds are planned
 * and published for each driver, and next week's orders are open.
 *
 * The demo day is the reference date when it is a working day (Monday to Friday), otherwise the
 * next Monday; the grocery's rounds go out on its weekday, every week.
 */
import { addDays, weekdayOf, type IsoWeekday, type LocalDate } from "@tournee/domain/calendar";

export type WeekKind = "done" | "published" | "open";

export interface RoundWeek {
  date: LocalDate;
  /** done: delivered and closed; published: ready for its drivers; open: orders still coming. */
  kind: WeekKind;
}

export interface LiveWeek {
  /** Today (the reference date) or the next working day. */
  demoDay: LocalDate;
  weekday: IsoWeekday;
  /** Round dates, oldest first: two done, the demo day, next week. */
  rounds: RoundWeek[];
}

const WEEKS_DONE = 2;

export function liveWeek(today: LocalDate): LiveWeek {
  const weekday = weekdayOf(today);
  const demoDay = weekday <= 5 ? today : addDays(today, 8 - weekday);
  const done = Array.from({ length: WEEKS_DONE }, (_, i) => ({ date: addDays(demoDay, -7 * (WEEKS_DONE - i)), kind: "done" as const }));
  return {
    demoDay,
    weekday: weekdayOf(demoDay),
    rounds: [...done, { date: demoDay, kind: "published" }, { date: addDays(demoDay, 7), kind: "open" }],
  };
}

/** The weekday `days` working days after `weekday`, within Monday to Friday. */
export function workingDayAfter(weekday: IsoWeekday, days: number): IsoWeekday {
  return ((((weekday - 1 + days) % 5) + 5) % 5 + 1) as IsoWeekday;
}

const WEEKDAY_NAMES = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"] as const;

/** "mardi" for 2. */
export function weekdayName(weekday: IsoWeekday): string {
  return WEEKDAY_NAMES[weekday - 1]!;
}
