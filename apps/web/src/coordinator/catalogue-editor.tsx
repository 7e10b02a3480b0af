import type { Offer, Product, TourTemplateView } from "@tournee/domain";
import { useEffect, useRef } from "react";
import { useTranslation } from "../i18n/use-translation";
import { coordinatorApi } from "./coordinator-api";
import { OfferPanel } from "./offer-panel";
import { OfferStockForm } from "./offer-stock-form";
import { ProductForm } from "./product-form";

/** Everything about one product: its details, whether it is offered and at which price, and its stock per round. */
export function CatalogueEditor({ product, offer, organisationId, templates, notice, onSaved, onClose }: {
  product: Product;
  offer: Offer | undefined;
  organisationId: string;
  templates: TourTemplateView[];
  notice: string | undefined;
  onSaved(): void;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [product.id]);
  const rounds = templates.filter((x) => x.organisationId === (offer?.organisationId ?? organisationId));
  return (
    <section aria-labelledby="editor-title" className="panel">
      <h2 id="editor-title" ref={heading} tabIndex={-1}>{`${product.name} (${product.unit})`}</h2>
      {notice && <p className="alert alert--info" role="status">{notice}</p>}
      <ProductForm
        key={product.id}
        product={product}
        onSave={async (draft) => {
          const saved = await coordinatorApi.updateProduct(product.id, draft);
          onSaved();
          return t("coordinator.catalogue.productSaved", { name: saved.name });
        }}
      />
      <OfferPanel key={`offer-${offer?.id ?? product.id}`} product={product} offer={offer} organisationId={organisationId} onSaved={onSaved} />
      {offer && <OfferStockForm offer={offer} templates={rounds} />}
      <button type="button" className="button" onClick={onClose}>{t("coordinator.catalogue.close")}</button>
    </section>
  );
}
