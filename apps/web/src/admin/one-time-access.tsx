/** A one-time code shown once, with the link that signs in with it, for the administrator to hand over. */
import type { OneTimeAccess } from "@tournee/domain";
import { useTranslation } from "../i18n/use-translation";
import { formatDateTime } from "../format/date-time";
import { useLocale } from "../i18n/use-locale";

export function OneTimeAccessNote({ name, access }: { name: string; access: OneTimeAccess }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const link = `${window.location.origin}${access.link}`;
  return (
    <div className="alert alert--info one-time-access" role="status">
      <p>{t("admin.access.intro", { name })}</p>
      <p className="one-time-access__code">{access.code}</p>
      <p>{t("admin.access.link")} <a href={link}>{link}</a></p>
      <p>{t("admin.access.until", { when: formatDateTime(new Date(access.expiresAt), locale) })}</p>
      <p><strong>{t("admin.access.once")}</strong></p>
    </div>
  );
}
