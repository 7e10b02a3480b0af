import "./referrer.css";
import type { ReferredHousehold } from "@tournee/domain";
import { useState } from "react";
import { useTranslation } from "../i18n/use-translation";
import { Link } from "react-router";
import { LoadState } from "../coordinator/load-state";
import { useLoad } from "../coordinator/use-load";
import { usePageTitle } from "../layout/use-page-title";
import { referrerApi } from "./referrer-api";
import { StandingBadge } from "./standing-badge";
import { isDue } from "./standing-text";

type Sort = "urgency" | "name" | "city";

/** The server sends them most urgent first; the referrer may read them by name or town instead. */
function sorted(list: readonly ReferredHousehold[], sort: Sort): readonly ReferredHousehold[] {
  if (sort === "urgency") return list;
  return [...list].sort((a, b) => a[sort].localeCompare(b[sort], "fr") || a.name.localeCompare(b.name, "fr"));
}

/** "Mes foyers": the renewals to do first, then every household she referred with where its rights stand. */
export function ReferrerHouseholdsPage() {
  const { t } = useTranslation();
  usePageTitle(t("referrer.households.title"));
  const [sort, setSort] = useState<Sort>("urgency");
  const [households, retry] = useLoad(() => referrerApi.households(), []);
  return (
    <>
      <h1>{t("referrer.households.title")}</h1>
      <p className="lead">{t("referrer.households.lead")}</p>
      <LoadState load={households} retry={retry}>
        {(list) => (
          <>
            <section aria-labelledby="due-title" className="panel">
              <h2 id="due-title">{t("referrer.households.due")}</h2>
              {list.some(isDue) ? (
                <ul className="plain-list due-list">
                  {list.filter(isDue).map((h) => (
                    <li key={h.id}>
                      <strong>{h.name}</strong> <span>{h.city}</span> <StandingBadge household={h} />
                      <Link className="button" to={`/orientation/foyers/${h.id}#renouveler`}>
                        {t("referrer.households.renew", { name: h.name })}
                      </Link>
                    </li>
                  ))}
                </ul>
              ) : (
                <p>{t("referrer.households.dueNone")}</p>
              )}
            </section>
            <div className="toolbar">
              <Link className="button button--primary" to="/orientation/orienter">
                {t("referrer.households.refer")}
              </Link>
            </div>
            {list.length === 0 ? (
              <p>{t("referrer.households.none")}</p>
            ) : (
              <>
                <div className="sort-choice" role="group" aria-labelledby="sort-label">
                  <span id="sort-label">{t("referrer.households.sortBy")}</span>
                  {(["urgency", "name", "city"] as const).map((s) => (
                    <button key={s} type="button" className="button" aria-pressed={sort === s} onClick={() => setSort(s)}>
                      {t(`referrer.households.sort.${s}`)}
                    </button>
                  ))}
                </div>
                <table className="table">
                  <caption>{t("referrer.households.caption", { count: list.length })}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t("referrer.households.name")}</th>
                      <th scope="col">{t("referrer.households.city")}</th>
                      <th scope="col">{t("referrer.households.rights")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {sorted(list, sort).map((h) => (
                      <tr key={h.id}>
                        <th scope="row">
                          <Link to={`/orientation/foyers/${h.id}`}>{h.name}</Link>
                        </th>
                        <td>{h.city}</td>
                        <td>
                          <StandingBadge household={h} />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </>
            )}
          </>
        )}
      </LoadState>
    </>
  );
}
