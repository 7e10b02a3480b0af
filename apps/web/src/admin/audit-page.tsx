/** The audit log: who changed what and when, by organisation, person and dates, newest first. */
import type { AuditEntry } from "@tournee/domain";
import { useEffect, useRef, useState } from "react";
import { hasText } from "../i18n/i18n";
import { useTranslation } from "../i18n/use-translation";
import { describeError } from "../coordinator/describe-error";
import { useLoad } from "../coordinator/use-load";
import { formatDateTime } from "../format/date-time";
import { useLocale } from "../i18n/use-locale";
import { usePageTitle } from "../layout/use-page-title";
import { TextField } from "../ui/text-field";
import { adminApi } from "./admin-api";
import { auditSentence, changeLines } from "./audit-words";
import "../coordinator/console.css";
import "./admin.css";
import { ScrollingTable } from "../ui/scrolling-table";

type Filters = { organisationId: string; actorId: string; from: string; to: string };

export function AuditPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  usePageTitle(t("admin.audit.title"));
  const [filters, setFilters] = useState<Filters>({ organisationId: "", actorId: "", from: "", to: "" });
  const [entries, setEntries] = useState<AuditEntry[]>();
  const [next, setNext] = useState<string | null>(null);
  const [error, setError] = useState<string>();
  // Filters change faster than the log answers: only the answer to the latest request is shown.
  const latest = useRef(0);
  const [choices] = useLoad(async () => {
    const [organisations, people] = await Promise.all([adminApi.organisations(), adminApi.people({})]);
    return { organisations, people };
  }, []);
  const orgs = choices.status === "ready" ? choices.data.organisations : [];
  const people = choices.status === "ready" ? choices.data.people : [];
  const query = { organisationId: filters.organisationId || undefined, actorId: filters.actorId || undefined, from: filters.from || undefined, to: filters.to || undefined };

  async function load(before?: string) {
    setError(undefined);
    const request = ++latest.current;
    try {
      const page = await adminApi.audit({ ...query, ...(before ? { before } : {}) });
      if (request !== latest.current) return;
      setEntries((shown) => (before ? [...(shown ?? []), ...page.entries] : page.entries));
      setNext(page.next);
    } catch (e) {
      if (request === latest.current) setError(describeError(t, e));
    }
  }
  useEffect(() => {
    void load();
  }, [filters]);

  const set = (key: keyof Filters) => (value: string) => setFilters({ ...filters, [key]: value });
  return (
    <>
      <h1>{t("admin.audit.title")}</h1>
      <div className="toolbar">
        <div className="field">
          <label htmlFor="audit-organisation">{t("admin.audit.organisation")}</label>
          <select id="audit-organisation" value={filters.organisationId} onChange={(e) => set("organisationId")(e.target.value)}>
            <option value="">{t("admin.audit.anyOrganisation")}</option>
            {orgs.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor="audit-person">{t("admin.audit.person")}</label>
          <select id="audit-person" value={filters.actorId} onChange={(e) => set("actorId")(e.target.value)}>
            <option value="">{t("admin.audit.anyone")}</option>
            {people.map((p) => <option key={p.id} value={p.id}>{p.displayName}</option>)}
          </select>
        </div>
        <TextField label={t("admin.audit.from")} type="date" value={filters.from} onChange={(e) => set("from")(e.target.value)} />
        <TextField label={t("admin.audit.to")} type="date" value={filters.to} onChange={(e) => set("to")(e.target.value)} />
      </div>
      {error && <p className="alert alert--error" role="alert">{error}</p>}
      {!entries ? (
        !error && <p role="status">{t("layout.loading")}</p>
      ) : entries.length === 0 ? (
        <p className="panel">{t("admin.audit.none")}</p>
      ) : (
        <ScrollingTable caption={t("admin.audit.caption", { count: entries.length })}>
            <thead>
              <tr>
                <th scope="col">{t("admin.audit.when")}</th>
                <th scope="col">{t("admin.audit.what")}</th>
                <th scope="col">{t("admin.audit.organisation")}</th>
                <th scope="col">{t("admin.audit.details")}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => {
                const sentence = auditSentence(t, hasText, e, locale);
                const lines = changeLines(t, hasText, e.changes, locale, e.entity);
                return (
                  <tr key={e.id}>
                    <td>{formatDateTime(new Date(e.at), locale)}</td>
                    <th scope="row">{sentence}</th>
                    <td>{e.organisation?.name ?? t("admin.audit.platform")}</td>
                    <td>
                      {lines.length > 0 ? (
                        <details>
                          <summary>{t("admin.audit.showChanges")}</summary>
                          <dl className="audit-changes" aria-label={t("admin.audit.changesOf", { what: sentence })}>
                            {lines.map((l, i) => (
                              <div key={i}>
                                <dt>{l.label}</dt>
                                <dd>{l.value}</dd>
                              </div>
                            ))}
                          </dl>
                        </details>
                      ) : "—"}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </ScrollingTable>
      )}
      {next && <button type="button" className="button" onClick={() => void load(next)}>{t("admin.audit.older")}</button>}
    </>
  );
}
