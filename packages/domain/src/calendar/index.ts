/**
 * @tournee/domain/calendar — dates, cutoffs and recurring tours, the same on the server and
 * offline on a driver's phone (plain ECMAScript + Intl, no Node or DOM APIs).
 *
 * Contract
 * - A `LocalDate` is 'YYYY-MM-DD' and a `LocalTime` is 'HH:MM': calendar values with no zone.
 *   Instants are `Date`s. Zoned conversions default to Europe/Paris and use only `Intl`.
 * - `zonedToInstant`: a wall time inside the spring-forward gap moves forward by the gap
 *   (02:30 → 03:30 summer time); a wall time in the autumn overlap is the first occurrence.
 *   `instantToZoned` drops seconds.
 * - Orders for a passage are open strictly before `cutoffFor(passageDate, rule)`, which is
 *   `rule.time` local, `rule.daysBefore` calendar days before the passage — DST-safe.
 * - `monthKey` gives the Europe/Paris month a purchase counts in for the monthly credit cap.
 * - Invalid input throws a RangeError saying which value is wrong and what is expected.
 */
export {
  addDays, compareDates, daysBetween, epochDay, fromEpochDay, isLocalDate, isoWeekOf, minutesOfDay, weekdayOf,
  type IsoWeekday, type LocalDate, type LocalTime,
} from "./local-date.js";
export { PARIS, instantToZoned, localDateOf, zonedToInstant, type ZonedDateTime } from "./time-zone.js";
export { MAX_CUTOFF_DAYS_BEFORE, checkCutoffRule, cutoffFor, isOrderOpen, monthKey, type CutoffRule } from "./cutoff.js";
export { MAX_EVERY_WEEKS, checkTourTemplate, occurrences, type TourTemplate } from "./recurrence.js";
export { formatWeeklyWindows, parseWeeklyWindows, type WeeklyWindow } from "./weekly-windows.js";
