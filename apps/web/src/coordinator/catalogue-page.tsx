import { useTranslation } from "react-i18next";
import { useLocale } from "../i18n/use-locale";
import { usePageTitle } from "../layout/use-page-title";
import { coordinatorApi } from "./coordinator-api";
import { LoadState } from "./load-state";
import { formatEuros, minuteText } from "./money";
import { useLoad } from "./use-load";

/** Products by shelf with their normal price, and the rounds' published timetables. */
export function CataloguePage() {
  const { t } = useTranslation();
  const locale = useLocale();
  usePageTitle(t("coordinator.catalogue.title"));
  const [data, retry] = useLoad(async () => {
    const [products, templates] = await Promise.all([coordinatorApi.products(), coordinatorApi.templates()]);
    return { products, templates };
  }, []);
  return (
    <>
      <h1>{t("coordinator.catalogue.title")}</h1>
      <LoadState load={data} retry={retry}>
        {({ products, templates }) => (
          <>
            <section aria-labelledby="timetables-title" className="panel">
              <h2 id="timetables-title">{t("coordinator.catalogue.timetables")}</h2>
              {templates.map((tpl) => (
                <table key={tpl.id} className="table">
                  <caption>
                    {t("coordinator.catalogue.template", { name: tpl.name, day: t(`coordinator.weekdays.${tpl.weekday}`), every: tpl.everyWeeks, time: minuteText(tpl.departureMinute) })}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">{t("coordinator.stops.number")}</th>
                      <th scope="col">{t("coordinator.week.stop")}</th>
                      <th scope="col">{t("coordinator.catalogue.arrival")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {tpl.halts.map((h) => (
                      <tr key={h.id}>
                        <td>{h.sequence + 1}</td>
                        <th scope="row">{h.stopName}</th>
                        <td>{t("coordinator.catalogue.window", { from: minuteText(h.arrivalMinute), to: minuteText(h.arrivalMinute + h.dwellMinutes) })}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              ))}
            </section>
            <section aria-labelledby="products-title" className="panel">
              <h2 id="products-title">{t("coordinator.catalogue.products")}</h2>
              <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="products-title">
                <table className="table">
                  <caption>{t("coordinator.catalogue.count", { count: products.length })}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t("coordinator.catalogue.shelf")}</th>
                      <th scope="col">{t("coordinator.catalogue.product")}</th>
                      <th scope="col">{t("coordinator.catalogue.price")}</th>
                      <th scope="col">{t("coordinator.catalogue.compartment")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {products.map((p) => (
                      <tr key={p.id}>
                        <td>{p.shelf}</td>
                        <th scope="row">{`${p.name} (${p.unit})`}</th>
                        <td>{formatEuros(p.referencePriceCents, locale)}</td>
                        <td>{t(`coordinator.compartments.${p.compartment}`)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </section>
          </>
        )}
      </LoadState>
    </>
  );
}
