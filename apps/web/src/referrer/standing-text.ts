/** Where a household's rights stand, in one sentence for its referrer. */
import type { Locale, ReferredHousehold } from "@tournee/domain";
import type { TFunction } from "../i18n/translator";
import { formatDay } from "../format/date-time";

export function standingText(t: TFunction, h: Pick<ReferredHousehold, "standing" | "validTo" | "daysLeft" | "pendingSince">, locale: Locale): string {
  const date = h.validTo ? formatDay(h.validTo, locale) : "";
  switch (h.standing) {
    case "pending":
      return t("referrer.standing.pending", { date: h.pendingSince ? formatDay(h.pendingSince.slice(0, 10), locale) : "" });
    case "expiring":
      return h.daysLeft === 0 ? t("referrer.standing.expiringToday", { date }) : t("referrer.standing.expiring", { date, count: h.daysLeft ?? 0 });
    case "none":
      return t("referrer.standing.none");
    default:
      return t(`referrer.standing.${h.standing}`, { date });
  }
}

/** The standings that ask the referrer to act: a renewal to file. */
export const isDue = (h: Pick<ReferredHousehold, "standing">): boolean => h.standing === "expiring" || h.standing === "expired";
