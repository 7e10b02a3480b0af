import type { Offer, Product } from "@tournee/domain";
import { useState, type FormEvent } from "react";
import { useTranslation } from "../i18n/use-translation";
import { FormAlert } from "../ui/form-alert";
import { SavedNote, useSave } from "./catalogue-save";
import { coordinatorApi } from "./coordinator-api";

/**
 * Whether the organisation offers a product to its households, and whether the household's
 * participation rate applies to it (social pricing) or everyone pays the normal price.
 */
export function OfferPanel({ product, offer, organisationId, onSaved }: { product: Product; offer: Offer | undefined; organisationId: string; onSaved(): void }) {
  const { t } = useTranslation();
  const [state, run] = useSave();
  const [socialPricing, setSocialPricing] = useState(offer?.socialPricing ?? product.kind === "grocery");
  const [active, setActive] = useState(offer?.active ?? true);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void run(async () => {
      if (offer) await coordinatorApi.updateOffer(offer.id, { socialPricing, active });
      else await coordinatorApi.createOffer(organisationId, product.id, socialPricing);
      onSaved();
      return t(active || !offer ? "coordinator.catalogue.offerSaved" : "coordinator.catalogue.offerWithdrawn", { name: product.name });
    });
  }

  const id = `offer-${product.id}`;
  return (
    <form onSubmit={submit} noValidate aria-labelledby={`${id}-title`} className="panel">
      <h3 id={`${id}-title`}>{t("coordinator.catalogue.offerTitle")}</h3>
      <p>{offer ? t(offer.active ? "coordinator.catalogue.offered" : "coordinator.catalogue.withdrawn") : t("coordinator.catalogue.notOffered")}</p>
      <FormAlert message={state.alert} />
      <label className="check">
        <input type="checkbox" checked={socialPricing} onChange={(e) => setSocialPricing(e.target.checked)} />
        {t("coordinator.catalogue.socialPricing")}
      </label>
      <p className="field__hint">{t("coordinator.catalogue.socialPricingHint")}</p>
      {offer && (
        <label className="check">
          <input type="checkbox" checked={active} onChange={(e) => setActive(e.target.checked)} />
          {t("coordinator.catalogue.offerActive")}
        </label>
      )}
      <SavedNote message={state.saved} />
      <button type="submit" className="button button--primary" disabled={state.busy}>
        {offer ? t("coordinator.catalogue.saveOffer") : t("coordinator.catalogue.addOffer")}
      </button>
    </form>
  );
}
