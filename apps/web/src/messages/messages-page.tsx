import { MESSAGE_STATUSES, SENT_MESSAGE_KINDS, type MessageListQuery } from "@tournee/domain";
import { useState } from "react";
import { useTranslation } from "../i18n/use-translation";
import { Link } from "react-router";
import { LoadState } from "../coordinator/load-state";
import { useLoad } from "../coordinator/use-load";
import { addDays, parisToday } from "../coordinator/week-dates";
import { usePageTitle } from "../layout/use-page-title";
import { MessageCard } from "./message-card";
import { TextField } from "../ui/text-field";
import { messagesApi } from "./messages-api";
import "./messages.css";

/**
 * The coordinators' Messages screen: every message of the organisation by due day — planned,
 * sent, received, failed with the reason, cancelled with why — and, when no provider is
 * configured for a channel, a plain statement that its messages are recorded here, not sent.
 */
export function MessagesPage() {
  const { t } = useTranslation();
  usePageTitle(t("messages.page.title"));
  const today = parisToday();
  const [query, setQuery] = useState<MessageListQuery>({ from: addDays(today, -1), to: addDays(today, 7) });
  const [load, retry] = useLoad(() => messagesApi.list(query), [JSON.stringify(query)]);
  const set = (patch: Partial<MessageListQuery>) => setQuery((q) => ({ ...q, ...patch }));
  return (
    <>
      <h1>{t("messages.page.title")}</h1>
      <p className="lead">{t("messages.page.intro")}</p>
      <p>
        <Link className="button" to="/coordination/messages/modeles">{t("messages.page.templates")}</Link>
      </p>
      <form className="toolbar messages__filters" onSubmit={(e) => e.preventDefault()}>
        <TextField label={t("messages.page.from")} type="date" value={query.from ?? ""} onChange={(e) => set({ from: e.target.value || undefined })} />
        <TextField label={t("messages.page.to")} type="date" value={query.to ?? ""} onChange={(e) => set({ to: e.target.value || undefined })} />
        <FilterSelect id="messages-kind" label={t("messages.page.kind")} value={query.kind} onChange={(kind) => set({ kind: kind as MessageListQuery["kind"] })}
          options={SENT_MESSAGE_KINDS.map((k) => [k, t(`messages.kinds.${k}`)])} />
        <FilterSelect id="messages-status" label={t("messages.page.status")} value={query.status} onChange={(status) => set({ status: status as MessageListQuery["status"] })}
          options={MESSAGE_STATUSES.map((k) => [k, t(`messages.statuses.${k}`)])} />
      </form>
      <LoadState load={load} retry={retry}>
        {({ messages, providers }) => {
          const recorded = Object.entries(providers).filter(([, p]) => p === "recorded").map(([c]) => t(`messages.channels.${c}`));
          return (
            <>
              {recorded.length > 0 && <p className="alert alert--info">{t("messages.page.recordedOnly", { channels: recorded.join(", ") })}</p>}
              <h2>{t("messages.page.count", { count: messages.length })}</h2>
              {messages.length > 0 && (
                <ul className="plain-list messages__summary" aria-label={t("messages.page.summaryTitle")}>
                  {SENT_MESSAGE_KINDS.filter((k) => messages.some((m) => m.kind === k)).map((k) => (
                    <li key={k}>{t("messages.page.summary", { kind: t(`messages.kinds.${k}`), count: messages.filter((m) => m.kind === k).length })}</li>
                  ))}
                </ul>
              )}
              {messages.length === 0 ? <p>{t("messages.page.none")}</p> : (
                <div className="messages__list" data-testid="messages-list">
                  {messages.map((m) => <MessageCard key={m.id} message={m} />)}
                </div>
              )}
            </>
          );
        }}
      </LoadState>
    </>
  );
}

/** A filter of the list: "all" or one value. */
function FilterSelect({ id, label, value, options, onChange }: { id: string; label: string; value: string | undefined; options: [string, string][]; onChange(value: string | undefined): void }) {
  const { t } = useTranslation();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ""} onChange={(e) => onChange(e.target.value || undefined)}>
        <option value="">{t("messages.page.all")}</option>
        {options.map(([v, text]) => <option key={v} value={v}>{text}</option>)}
      </select>
    </div>
  );
}
