import { useState } from "react";
import { useTranslation } from "../i18n/use-translation";
import { Link } from "react-router";
import { usePageTitle } from "../layout/use-page-title";
import { TextField } from "../ui/text-field";
import { coordinatorApi } from "./coordinator-api";
import { LoadState } from "./load-state";
import { useLoad } from "./use-load";

/** The households a person may see (a coordinator's grocery, a referrer's referrals), searchable by name. */
export function HouseholdsPage() {
  const { t } = useTranslation();
  usePageTitle(t("coordinator.households.title"));
  const [search, setSearch] = useState("");
  const [households, retry] = useLoad(() => coordinatorApi.households(search || undefined), [search]);
  return (
    <>
      <h1>{t("coordinator.households.title")}</h1>
      <div className="toolbar">
        <TextField label={t("coordinator.households.search")} type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
        <Link className="button button--primary" to="/coordination/foyers/nouveau">
          {t("coordinator.households.add")}
        </Link>
      </div>
      <LoadState load={households} retry={retry}>
        {(list) => (
          <table className="table">
            <caption>{t("coordinator.households.count", { count: list.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("coordinator.households.name")}</th>
                <th scope="col">{t("coordinator.households.city")}</th>
                <th scope="col">{t("coordinator.households.mobility")}</th>
              </tr>
            </thead>
            <tbody>
              {list.map((h) => (
                <tr key={h.id}>
                  <th scope="row">
                    <Link to={`/coordination/foyers/${h.id}`}>{h.name}</Link>
                  </th>
                  <td>{h.city}</td>
                  <td>{t(`coordinator.households.mobilities.${h.mobility}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </LoadState>
    </>
  );
}
