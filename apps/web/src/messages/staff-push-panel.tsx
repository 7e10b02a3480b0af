import { useTranslation } from "../i18n/use-translation";
import type { Role } from "@tournee/domain";
import { PushToggle } from "./push-toggle";

/**
 * "Notifications on this device" for the people who work the rounds: coordinators hear of a
 * wellbeing concern a driver raises and of a round running late; drivers of a new version of
 * their round. Each person chooses, device by device.
 */
export function StaffPushPanel({ roles }: { roles: readonly Role[] }) {
  const { t } = useTranslation();
  const coordinator = roles.includes("coordinator");
  const driver = roles.includes("driver");
  if (!coordinator && !driver) return null;
  return (
    <section aria-labelledby="push-title">
      <h2 id="push-title">{t("messages.push.title")}</h2>
      {coordinator && <p>{t("messages.push.forCoordinator")}</p>}
      {driver && <p>{t("messages.push.forDriver")}</p>}
      <PushToggle onChange={() => undefined} sayWhenUnavailable />
    </section>
  );
}
