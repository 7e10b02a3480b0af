/** One AMAP contract: the week's distribution list per halt, the members and their absences, subscribing a household by phone. */
import { useState } from "react";
import { Link, useLocation, useParams } from "react-router";
import { useTranslation } from "../i18n/use-translation";
import { LoadState } from "../coordinator/load-state";
import { useLoad } from "../coordinator/use-load";
import { useCoordinatedOrganisation } from "../coordinator/use-organisation";
import { formatDay } from "../format/date-time";
import { useLocale } from "../i18n/use-locale";
import { usePageTitle } from "../layout/use-page-title";
import { amapApi } from "./amap-api";
import { weekLabel } from "./amap-text";
import { DistributionList } from "./distribution-list";
import { MembersTable } from "./members-table";
import { SubscribeForm } from "./subscribe-form";
import "./amap.css";

export function AmapContractPage() {
  const { id = "" } = useParams();
  const { t } = useTranslation();
  const locale = useLocale();
  const organisation = useCoordinatedOrganisation();
  const [load, retry] = useLoad(() => amapApi.contract(id), [id]);
  const [week, setWeek] = useState<string>();
  const [changed, setChanged] = useState(0);
  const saved = (useLocation().state as { saved?: string } | null)?.saved;
  usePageTitle(load.status === "ready" ? load.data.name : t("amap.contracts.title"));
  const reload = () => {
    retry();
    setChanged((n) => n + 1);
  };
  return (
    <>
      <p><Link to="/amap/contrats">{t("amap.contract.back")}</Link></p>
      <LoadState load={load} retry={retry}>
        {(c) => {
          const manage = organisation?.id === c.organisation.id;
          const shown = week ?? c.currentWeek ?? undefined;
          return (
            <>
              <h1>{c.name}</h1>
              <p className="lead">
                {t("amap.contracts.by", { producer: c.producer.name, organisation: c.organisation.name, carrier: c.carrier.name })}
                {" · "}
                {t("amap.contracts.seasonText", { count: c.everyWeeks, from: formatDay(c.firstDate, locale), to: formatDay(c.lastDate, locale) })}
              </p>
              <p>{t(`amap.skipRule.${c.skipRule}`)}</p>
              {saved && <p className="alert alert--info" role="status">{saved}</p>}
              {manage && <p><Link className="button" to={`/amap/contrats/${c.id}/modifier`}>{t("amap.contract.edit")}</Link></p>}
              {!manage && <p className="alert alert--info">{t("amap.contract.readOnly", { organisation: c.organisation.name })}</p>}
              {shown && (
                <section className="panel" aria-labelledby="amap-distribution">
                  <h2 id="amap-distribution">{t("amap.contract.distribution")}</h2>
                  <div className="field amap-week-choice">
                    <label htmlFor="amap-week">{t("amap.contract.chooseWeek")}</label>
                    <select id="amap-week" value={shown} onChange={(e) => setWeek(e.target.value)}>
                      {c.weeks.map((w) => <option key={w} value={w}>{weekLabel(t, w, locale)}</option>)}
                    </select>
                  </div>
                  <DistributionList contractId={c.id} week={shown} changed={changed} />
                </section>
              )}
              <MembersTable contract={c} week={shown} manage={manage} onChange={reload} />
              {manage && <SubscribeForm contract={c} onSubscribed={reload} />}
            </>
          );
        }}
      </LoadState>
    </>
  );
}
