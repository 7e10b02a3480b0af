/** The bakery's breads and prices, who offers them on their rounds, and forms to change or add one. */
import type { BakeryProduct } from "@tournee/domain";
import { useTranslation } from "../i18n/use-translation";
import { SavedNote } from "../coordinator/catalogue-save";
import { coordinatorApi } from "../coordinator/coordinator-api";
import { LoadState } from "../coordinator/load-state";
import { formatEuros } from "../coordinator/money";
import { useLoad } from "../coordinator/use-load";
import { useCoordinatedOrganisation } from "../coordinator/use-organisation";
import { useLocale } from "../i18n/use-locale";
import { usePageTitle } from "../layout/use-page-title";
import { ToggleButton, useListEditing } from "../ui/list-editing";
import { bakeryApi } from "./bakery-api";
import { BreadForm } from "./bread-form";
import { perCrate } from "./crates";
import "./bakery.css";
import { ScrollingTable } from "../ui/scrolling-table";

export function BakeryCataloguePage() {
  const { t } = useTranslation();
  const locale = useLocale();
  usePageTitle(t("bakery.catalogue.title"));
  const organisation = useCoordinatedOrganisation();
  const [catalogue, retry] = useLoad(() => bakeryApi.catalogue(), []);
  const list = useListEditing();

  return (
    <>
      <h1>{t("bakery.catalogue.title")}</h1>
      <p className="lead">{t("bakery.catalogue.intro")}</p>
      <LoadState load={catalogue} retry={retry}>
        {(products) => {
          const current = products.find((p) => p.id === list.editing);
          return (
            <>
              <div className="actions">
                <ToggleButton id="new" list={list}>{t("bakery.catalogue.add")}</ToggleButton>
              </div>
              <SavedNote message={list.notice} />
              {list.editing === "new" && organisation && (
                <BreadForm onSave={async (draft) => {
                  const created = await coordinatorApi.createProduct(organisation.id, draft);
                  retry();
                  return list.added(t("bakery.catalogue.added", { name: created.name }));
                }} />
              )}
              {current && (
                <BreadForm key={current.id} product={current} onSave={async (draft) => {
                  const saved = await coordinatorApi.updateProduct(current.id, draft);
                  retry();
                  return t("bakery.catalogue.saved", { name: saved.name });
                }} />
              )}
              <ScrollingTable caption={t("bakery.catalogue.caption", { count: products.length })}>
                  <thead>
                    <tr>
                      <th scope="col">{t("bakery.catalogue.name")}</th>
                      <th scope="col" className="numeric">{t("bakery.catalogue.price")}</th>
                      <th scope="col" className="numeric">{t("bakery.catalogue.perCrate")}</th>
                      <th scope="col">{t("bakery.catalogue.offeredBy")}</th>
                      <th scope="col"><span className="visually-hidden">{t("bakery.catalogue.actions")}</span></th>
                    </tr>
                  </thead>
                  <tbody>
                    {products.map((p) => (
                      <tr key={p.id}>
                        <th scope="row">
                          {p.name} <small>{p.unit}</small>
                          {!p.active && <><br /><small>{t("bakery.catalogue.inactive")}</small></>}
                        </th>
                        <td className="numeric">{formatEuros(p.referencePriceCents, locale)}</td>
                        <td className="numeric">{perCrate(p.sizePer100)}</td>
                        <td>{offeredBy(t, p)}</td>
                        <td>
                          <ToggleButton id={p.id} list={list}>{t("bakery.catalogue.change", { name: p.name })}</ToggleButton>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </ScrollingTable>
            </>
          );
        }}
      </LoadState>
    </>
  );
}

function offeredBy(t: (key: string, options?: Record<string, unknown>) => string, product: BakeryProduct): string {
  const active = product.offeredBy.filter((o) => o.active);
  return active.length ? active.map((o) => o.organisationName).join(", ") : t("bakery.catalogue.ownOnly");
}
