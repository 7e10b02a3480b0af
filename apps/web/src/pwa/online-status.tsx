import { useTranslation } from "../i18n/use-translation";
import { formatTime } from "../format/date-time";
import { useLocale } from "../i18n/use-locale";
import { useOnline } from "./use-online";

/** "En ligne" / "Hors ligne depuis 10:42": in words and with a shape, never by colour alone. */
export function OnlineStatus() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { online, offlineSince } = useOnline();
  return (
    <p className={`status ${online ? "status--online" : "status--offline"}`} role="status">
      <span className="status__dot" aria-hidden="true" />
      {online
        ? t("status.online")
        : offlineSince
          ? t("status.offlineSince", { time: formatTime(offlineSince, locale) })
          : t("status.offline")}
    </p>
  );
}
