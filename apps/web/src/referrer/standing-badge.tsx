import type { ReferredHousehold } from "@tournee/domain";
import { useTranslation } from "../i18n/use-translation";
import { useLocale } from "../i18n/use-locale";
import { standingText } from "./standing-text";

/** Where a household's rights stand, marked by urgency (the words say it too, not only the colour). */
export function StandingBadge({ household }: { household: Pick<ReferredHousehold, "standing" | "validTo" | "daysLeft" | "pendingSince"> }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return <span className={`standing standing--${household.standing}`}>{standingText(t, household, locale)}</span>;
}
