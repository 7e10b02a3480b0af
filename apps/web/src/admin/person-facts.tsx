/** What an administrator needs to know of a person at a glance: contact, last sign-in, invitation, state. */
import type { Person } from "@tournee/domain";
import { useTranslation } from "../i18n/use-translation";
import { formatDateTime } from "../format/date-time";
import { useLocale } from "../i18n/use-locale";

export function lastSignIn(t: (key: string, options?: Record<string, unknown>) => string, locale: "fr" | "en", person: Person): string {
  return person.lastSignInAt ? formatDateTime(new Date(person.lastSignInAt), locale) : t("admin.people.never");
}

export function personState(t: (key: string, options?: Record<string, unknown>) => string, locale: "fr" | "en", person: Person): string {
  if (person.disabledAt) return t("admin.people.isDisabled", { when: formatDateTime(new Date(person.disabledAt), locale) });
  if (person.invitation && !person.invitation.acceptedAt) return t("admin.people.invitationPending", { when: formatDateTime(new Date(person.invitation.expiresAt), locale) });
  return t("admin.people.isActive");
}

export function PersonFacts({ person }: { person: Person }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <dl className="facts">
      <dt>{t("admin.people.email")}</dt>
      <dd>{person.email ?? t("admin.people.noEmail")}</dd>
      <dt>{t("admin.people.phone")}</dt>
      <dd>{person.phone ?? t("admin.people.noPhone")}</dd>
      <dt>{t("admin.people.lastSignIn")}</dt>
      <dd>{lastSignIn(t, locale, person)}</dd>
      <dt>{t("admin.people.state")}</dt>
      <dd>{personState(t, locale, person)}</dd>
    </dl>
  );
}
