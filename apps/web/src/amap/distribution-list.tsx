/** A delivery week's baskets per halt, in the order the rounds reach them, with who is away and who has no passage. */
import { useTranslation } from "../i18n/use-translation";
import { LoadState } from "../coordinator/load-state";
import { useLoad } from "../coordinator/use-load";
import { dayLabel } from "../coordinator/week-dates";
import { formatTime } from "../format/date-time";
import { useLocale } from "../i18n/use-locale";
import { amapApi } from "./amap-api";
import { ScrollingTable } from "../ui/scrolling-table";

export function DistributionList({ contractId, week, changed }: { contractId: string; week: string; changed: number }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [load, retry] = useLoad(() => amapApi.distribution(contractId, week), [contractId, week, changed]);
  return (
    <LoadState load={load} retry={retry}>
      {(d) => (
        <>
          <p>{d.composition ? t("amap.contract.composition", { text: d.composition }) : t("amap.contract.noComposition")}</p>
          {d.stops.length === 0 && <p>{t("amap.contract.noBasket")}</p>}
          {d.stops.map((s) => {
            const place = s.stop.kind === "home_drop" ? t("amap.contract.home", { city: s.stop.city }) : `${s.stop.city} (${s.stop.name})`;
            const args = { day: dayLabel(s.date, locale), place, time: formatTime(new Date(s.time), locale) };
            return (
              <div key={s.passageId} className="amap-stop">
                <h3>{t(s.timeTold ? "amap.contract.stop" : "amap.contract.stopAbout", args)}</h3>
                {s.roundName && <p>{t("amap.contract.round", { name: s.roundName })}</p>}
                <ScrollingTable caption={t("amap.contract.basketsCaption", { place })} hideCaption>
                    <thead>
                      <tr>
                        <th scope="col">{t("amap.contract.member")}</th>
                        <th scope="col">{t("amap.contract.basket")}</th>
                        <th scope="col">{t("amap.contract.quantity")}</th>
                        <th scope="col">{t("amap.contract.state")}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {s.baskets.map((b) => (
                        <tr key={b.orderId}>
                          <th scope="row">{b.household.name}</th>
                          <td>{b.size}{b.solidarity && <><br /><small>{t("amap.contract.solidarity")}</small></>}</td>
                          <td>{b.quantity}</td>
                          <td>{t(`amap.contract.states.${b.state}`)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </ScrollingTable>
              </div>
            );
          })}
          {d.skipped.length > 0 && (
            <>
              <h3>{t("amap.contract.skippedTitle")}</h3>
              <p>{d.skipped.map((s) => `${s.household.name} (${s.size})`).join(", ")}</p>
              <p>{t(`amap.skipRule.${d.contract.skipRule}`)}</p>
            </>
          )}
          {d.unserved.length > 0 && (
            <>
              <h3>{t("amap.contract.unservedTitle")}</h3>
              <p>{d.unserved.map((u) => `${u.household.name} (${u.stop.city})`).join(", ")}</p>
            </>
          )}
        </>
      )}
    </LoadState>
  );
}
