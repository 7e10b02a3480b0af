/** The console's AMAP contracts: those the AMAP runs, or those the grocery's rounds carry. */
import { Link } from "react-router";
import { useTranslation } from "../i18n/use-translation";
import { LoadState } from "../coordinator/load-state";
import { formatEuros } from "../coordinator/money";
import { useLoad } from "../coordinator/use-load";
import { useCoordinatedOrganisation } from "../coordinator/use-organisation";
import { formatDay } from "../format/date-time";
import { useLocale } from "../i18n/use-locale";
import { usePageTitle } from "../layout/use-page-title";
import { amapApi } from "./amap-api";
import { ScrollingTable } from "../ui/scrolling-table";

export function AmapContractsPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  usePageTitle(t("amap.contracts.title"));
  const [load, retry] = useLoad(() => amapApi.contracts(), []);
  // An AMAP, or a producer selling subscriptions, runs contracts; a grocery only carries them.
  const runs = ["amap", "producer"].includes(useCoordinatedOrganisation()?.kind ?? "");
  return (
    <>
      <h1>{t("amap.contracts.title")}</h1>
      <p className="lead">{t("amap.contracts.intro")}</p>
      {runs && <p><Link className="button button--primary" to="/amap/contrats/nouveau">{t("amap.contracts.new")}</Link></p>}
      <LoadState load={load} retry={retry}>
        {(list) =>
          list.length ? (
            <ScrollingTable caption={t("amap.contracts.caption")}>
                <thead>
                  <tr>
                    <th scope="col">{t("amap.contracts.contract")}</th>
                    <th scope="col">{t("amap.contracts.season")}</th>
                    <th scope="col">{t("amap.contracts.sizes")}</th>
                    <th scope="col">{t("amap.contracts.members")}</th>
                  </tr>
                </thead>
                <tbody>
                  {list.map((c) => (
                    <tr key={c.id}>
                      <th scope="row">
                        <Link to={`/amap/contrats/${c.id}`} aria-label={t("amap.contracts.open", { name: c.name })}>{c.name}</Link>
                        <br />
                        <small>{t("amap.contracts.by", { producer: c.producer.name, organisation: c.organisation.name, carrier: c.carrier.name })}</small>
                      </th>
                      <td>{t("amap.contracts.seasonText", { count: c.everyWeeks, from: formatDay(c.firstDate, locale), to: formatDay(c.lastDate, locale) })}</td>
                      <td>{c.sizes.map((s) => `${s.name} : ${formatEuros(s.priceCents, locale)}`).join(" · ")}</td>
                      <td>
                        {t("amap.contracts.memberCount", { count: c.members })}
                        {c.solidarityMembers > 0 && <><br /><small>{t("amap.contracts.solidarityCount", { count: c.solidarityMembers })}</small></>}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </ScrollingTable>
          ) : (
            <p className="panel">{t("amap.contracts.none")}</p>
          )
        }
      </LoadState>
    </>
  );
}
