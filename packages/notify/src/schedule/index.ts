/**
 * @tournee/notify/schedule — when messages may go: quiet hours on the local calendar
 * (Europe/Paris, daylight-saving safe), the due times of reminders and digests, and the delay
 * estimate from a round's synced arrivals.
 */
export { DEFAULT_QUIET_HOURS, endOfQuiet, isQuiet, sendableAt, type QuietHours } from "./quiet-hours.js";
export {
  COORDINATOR_DIGEST_TIME, CUTOFF_REMINDER_MIN_LEAD_MS, CUTOFF_REMINDER_TIME, DAY_BEFORE_TIME, REFERRER_DIGEST_TIME,
  coordinatorDigestAt, cutoffReminderAt, dayBeforeAt, referrerDigestAt,
} from "./due-times.js";
export { DELAY_THRESHOLD_MINUTES, delayStep, estimateDelays, roundedDelay, type DelayEstimate, type PassageProgress } from "./delay.js";
