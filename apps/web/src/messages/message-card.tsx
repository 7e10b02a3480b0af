import { formatPhone, type MessageView } from "@tournee/domain";
import { useTranslation } from "../i18n/use-translation";
import { formatDateTime } from "../format/date-time";
import { useLocale } from "../i18n/use-locale";
import { reasonText } from "./field-error";

/** One message as it was (or will be) sent: to whom, how, when, its state and its words. */
export function MessageCard({ message: m, showRecipient = true }: { message: MessageView; showRecipient?: boolean }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const when = (iso: string) => formatDateTime(new Date(iso), locale);
  const to = m.recipient.kind === "person" ? "messages.page.to_person" : m.recipient.viaRelay ? "messages.page.to_relay" : "messages.page.to_household";
  return (
    <article className={`card message message--${m.status}`} aria-label={`${t(`messages.kinds.${m.kind}`)} — ${m.recipient.name}`}>
      <header className="message__head">
        <h3>{t(`messages.kinds.${m.kind}`)}</h3>
        <span className={`message__status message__status--${m.status}`}>{t(`messages.statuses.${m.status}`)}</span>
      </header>
      <p className="message__meta">
        {showRecipient && <>{t(to, { name: m.recipient.name })} · </>}
        {t(`messages.channels.${m.channel}`)}
        {m.address && m.channel !== "push" && <> · {m.channel === "sms" || m.channel === "voice" ? formatPhone(m.address) : m.address}</>}
      </p>
      <p className="message__meta">
        {m.deliveredAt ? t("messages.page.deliveredAt", { when: when(m.deliveredAt) })
          : m.sentAt ? t("messages.page.sentAt", { when: when(m.sentAt) })
          : m.status === "recorded" ? t("messages.page.recordedAt", { when: when(m.history.at(-1)?.at ?? m.dueAt) })
          : t("messages.page.due", { when: when(m.dueAt) })}
        {m.urgent && <> · {t("messages.page.urgent")}</>}
      </p>
      {m.channel === "email" && <p className="message__subject">{m.subject}</p>}
      <p className="message__body">{m.body}</p>
      {m.reason && <p className="message__reason">{reasonText(t, m.reason)}</p>}
      {m.history.length > 1 && (
        <details>
          <summary>{t("messages.page.history")}</summary>
          <ol className="plain-list">
            {m.history.map((h, i) => (
              <li key={i}>
                {when(h.at)} — {t(`messages.statuses.${h.status}`)}
                {h.reason && <> — {reasonText(t, h.reason)}</>}
              </li>
            ))}
          </ol>
        </details>
      )}
    </article>
  );
}
