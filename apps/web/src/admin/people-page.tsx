/** People: find them, open an account, and manage one's roles, sign-in code and access. */
import { useState } from "react";
import { useTranslation } from "../i18n/use-translation";
import { LoadState } from "../coordinator/load-state";
import { useLoad } from "../coordinator/use-load";
import { useLocale } from "../i18n/use-locale";
import { usePageTitle } from "../layout/use-page-title";
import { ToggleButton, useListEditing } from "../ui/list-editing";
import { TextField } from "../ui/text-field";
import { adminApi } from "./admin-api";
import "../coordinator/console.css";
import "./admin.css";
import { NewPersonForm } from "./new-person-form";
import { lastSignIn, personState } from "./person-facts";
import { PersonPanel } from "./person-panel";
import { ScrollingTable } from "../ui/scrolling-table";

export function PeoplePage() {
  const { t } = useTranslation();
  const locale = useLocale();
  usePageTitle(t("admin.people.title"));
  const [search, setSearch] = useState("");
  const [organisationId, setOrganisationId] = useState("");
  const [residents, setResidents] = useState(false);
  const list = useListEditing();
  const [organisations] = useLoad(() => adminApi.organisations(), []);
  const [found, retry] = useLoad(() => adminApi.people({ search, organisationId, residents }), [search, organisationId, residents]);
  const all = organisations.status === "ready" ? organisations.data : [];

  return (
    <>
      <h1>{t("admin.people.title")}</h1>
      <div className="toolbar">
        <TextField label={t("admin.people.search")} type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
        <div className="field">
          <label htmlFor="people-organisation">{t("admin.people.inOrganisation")}</label>
          <select id="people-organisation" value={organisationId} onChange={(e) => setOrganisationId(e.target.value)}>
            <option value="">{t("admin.people.anyOrganisation")}</option>
            {all.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
          </select>
        </div>
        <label className="check">
          <input type="checkbox" checked={residents} onChange={(e) => setResidents(e.target.checked)} />
          {t("admin.people.withResidents")}
        </label>
        <ToggleButton id="new" list={list}>{t("admin.people.add")}</ToggleButton>
      </div>
      {list.editing === "new" && all.length > 0 && <NewPersonForm organisations={all} onCreated={retry} />}
      <LoadState load={found} retry={retry}>
        {(people) => {
          const current = people.find((p) => p.id === list.editing);
          return (
            <>
              {current && <PersonPanel key={current.id} person={current} organisations={all} onChanged={retry} />}
              {people.length === 0 ? (
                <p className="panel">{t("admin.people.none")}</p>
              ) : (
                <ScrollingTable caption={t("admin.people.caption", { count: people.length })}>
                    <thead>
                      <tr>
                        <th scope="col">{t("admin.people.name")}</th>
                        <th scope="col">{t("admin.people.roles")}</th>
                        <th scope="col">{t("admin.people.lastSignIn")}</th>
                        <th scope="col">{t("admin.people.state")}</th>
                        <th scope="col"><span className="visually-hidden">{t("admin.actions")}</span></th>
                      </tr>
                    </thead>
                    <tbody>
                      {people.map((p) => (
                        <tr key={p.id}>
                          <th scope="row">{p.displayName}<br /><small>{p.email ?? t("admin.people.noEmail")}</small></th>
                          <td>
                            <ul className="plain-list">
                              {p.roles.map((r) => <li key={r.id}>{t("admin.people.roleIn", { role: t(`admin.roles.${r.role}`), organisation: r.organisationName })}</li>)}
                            </ul>
                          </td>
                          <td>{lastSignIn(t, locale, p)}</td>
                          <td>{personState(t, locale, p)}</td>
                          <td>
                            <ToggleButton id={p.id} list={list}>{t("admin.people.manage", { name: p.displayName })}</ToggleButton>
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </ScrollingTable>
              )}
            </>
          );
        }}
      </LoadState>
    </>
  );
}
