import type { Offer, Product, TourTemplateView } from "@tournee/domain";
import { useState } from "react";
import { useTranslation } from "../i18n/use-translation";
import { useLocale } from "../i18n/use-locale";
import { CatalogueEditor } from "./catalogue-editor";
import { coordinatorApi } from "./coordinator-api";
import { formatEuros } from "./money";
import { ProductForm } from "./product-form";

interface Data {
  products: Product[];
  offers: Offer[];
  templates: TourTemplateView[];
}

/** The products table; a product's editor opens above it, and a form adds a new product (offered at once if asked). */
export function CatalogueProducts({ data, organisationId, reload }: { data: Data; organisationId: string | undefined; reload(): void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [selected, setSelected] = useState<string>();
  const [creating, setCreating] = useState(false);
  const [notice, setNotice] = useState<string>();
  const { products, offers, templates } = data;
  const offerOf = (p: Product) => offers.find((o) => o.productId === p.id && o.organisationId === organisationId);
  const product = products.find((p) => p.id === selected);
  const offerText = (o: Offer | undefined) =>
    !o ? t("coordinator.catalogue.notOffered") : !o.active ? t("coordinator.catalogue.withdrawn") : o.socialPricing ? t("coordinator.catalogue.offeredSocial") : t("coordinator.catalogue.offeredNormal");

  async function create(draft: Parameters<typeof coordinatorApi.createProduct>[1], form: FormData) {
    if (!organisationId) throw new Error("no organisation");
    const created = await coordinatorApi.createProduct(organisationId, draft);
    const offered = form.get("offer") === "on";
    const offer = offered ? await coordinatorApi.createOffer(organisationId, created.id, form.get("social") === "on").catch(() => null) : undefined;
    const notice = offer === null ? "createdNotOffered" : offer ? "createdOffered" : "created";
    setNotice(t(`coordinator.catalogue.${notice}`, { name: created.name }));
    setCreating(false);
    setSelected(created.id);
    reload();
    return t("coordinator.catalogue.productSaved", { name: created.name });
  }

  return (
    <section aria-labelledby="products-title" className="panel">
      <h2 id="products-title">{t("coordinator.catalogue.products")}</h2>
      {organisationId && (
        <button type="button" className="button" aria-expanded={creating} onClick={() => setCreating(!creating)}>
          {t("coordinator.catalogue.newProduct")}
        </button>
      )}
      {creating && organisationId && (
        <div className="panel">
          <ProductForm onSave={create}>
            <label className="check">
              <input type="checkbox" name="offer" defaultChecked />
              {t("coordinator.catalogue.offerNow")}
            </label>
            <label className="check">
              <input type="checkbox" name="social" defaultChecked />
              {t("coordinator.catalogue.socialPricing")}
            </label>
          </ProductForm>
        </div>
      )}
      {product && organisationId && (
        <CatalogueEditor
          product={product} offer={offerOf(product)} organisationId={organisationId} templates={templates} notice={notice} onSaved={reload}
          onClose={() => { setSelected(undefined); setNotice(undefined); }}
        />
      )}
      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="products-count">
        <table className="table">
          <caption id="products-count">{t("coordinator.catalogue.count", { count: products.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("coordinator.catalogue.shelf")}</th>
              <th scope="col">{t("coordinator.catalogue.product")}</th>
              <th scope="col">{t("coordinator.catalogue.price")}</th>
              <th scope="col">{t("coordinator.catalogue.compartment")}</th>
              <th scope="col">{t("coordinator.catalogue.offer")}</th>
            </tr>
          </thead>
          <tbody>
            {products.map((p) => (
              <tr key={p.id}>
                <td>{p.shelf}</td>
                <th scope="row">
                  <button type="button" className="link-button" aria-pressed={p.id === selected} onClick={() => { setSelected(p.id); setNotice(undefined); }}>
                    {`${p.name} (${p.unit})`}
                  </button>
                </th>
                <td>{formatEuros(p.referencePriceCents, locale)}</td>
                <td>{t(`coordinator.compartments.${p.compartment}`)}</td>
                <td>{p.active ? offerText(offerOf(p)) : t("coordinator.catalogue.inactive")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
