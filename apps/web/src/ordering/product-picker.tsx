import "./ordering.css";
import type { Catalogue } from "@tournee/domain";
import { useId, useState } from "react";
import { useTranslation } from "../i18n/use-translation";
import { formatEuros } from "../coordinator/money";
import { useLocale } from "../i18n/use-locale";
import { weekdayName } from "../format/date-time";
import { provenanceText } from "../resident/provenance-text";
import { categoriesOf, USUAL, visibleItems } from "./catalogue-filter";
import { QuantityStepper } from "./quantity-stepper";

interface ProductPickerProps {
  catalogue: Catalogue;
  basket: ReadonlyMap<string, number>;
  disabled: boolean;
  onChange(offerId: string, quantity: number): void;
  /** The name of the usual products' category ("Mes produits habituels", or in the third person for someone ordering for a household). */
  usualLabel?: string;
}

/**
 * The catalogue on a phone: a search box, one category at a time (the household's usual products
 * first, then each shelf), each product with where a farm product comes from, its price and big
 * − / + buttons. Bread of a bakery closed that day is listed, said closed, and cannot be added.
 */
export function ProductPicker({ catalogue, basket, disabled, onChange, usualLabel }: ProductPickerProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const id = useId();
  const categories = categoriesOf(catalogue);
  const [category, setCategory] = useState(categories[0]?.id ?? "");
  const [search, setSearch] = useState("");
  const items = visibleItems(catalogue, category, search);
  const name = (c: string) => (c === USUAL ? (usualLabel ?? t("ordering.usual")) : c);
  return (
    <section className="picker" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t("ordering.products")}</h2>
      {catalogue.closedBakeries.map((b) => (
        <p key={b.name} className="alert alert--info">{t("ordering.bakeryClosed", { bakery: b.name, weekday: weekdayName(b.weekday, locale) })}</p>
      ))}
      <div className="field">
        <label htmlFor={`${id}-search`}>{t("ordering.search")}</label>
        <input id={`${id}-search`} type="search" value={search} autoComplete="off" aria-describedby={`${id}-found`} onChange={(e) => setSearch(e.target.value)} />
      </div>
      <div className="picker__categories" role="group" aria-label={t("ordering.categories")}>
        {categories.map((c) => (
          <button key={c.id} type="button" className="chip" aria-pressed={!search && c.id === category} onClick={() => { setSearch(""); setCategory(c.id); }}>
            {t("ordering.category", { name: name(c.id), count: c.count })}
          </button>
        ))}
      </div>
      <p id={`${id}-found`} className="picker__found" aria-live="polite">
        {search ? t("ordering.found", { count: items.length, search }) : name(category)}
      </p>
      <ul className="products">
        {items.map((item) => {
          const quantity = basket.get(item.offerId) ?? 0;
          // A catalogue kept offline before provenance was sent has none.
          const provenance = item.provenance ? provenanceText(t, item.provenance) : undefined;
          return (
            <li key={item.offerId} className="product">
              <div className="product__text">
                <span className="product__name">{item.name}</span>
                {provenance && <span className="product__origin">{provenance.origin}</span>}
                {provenance && provenance.marks.length > 0 && (
                  <span className="product__marks">
                    {provenance.marks.map((mark) => (
                      <span key={mark} className="mark">{mark}</span>
                    ))}
                  </span>
                )}
                <span className="product__price">{t("ordering.price", { price: formatEuros(item.unitPriceCents, locale), unit: item.unit })}</span>
                {item.bakeryClosed ? <span>{t("ordering.bakeryClosedItem")}</span> : item.available === 0 && <span>{t("ordering.soldOut")}</span>}
              </div>
              <QuantityStepper name={item.name} quantity={quantity} max={Math.max(quantity, item.available)} disabled={disabled} onChange={(q) => onChange(item.offerId, q)} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
