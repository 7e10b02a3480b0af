import type { Catalogue } from "@tournee/domain";
import { useTranslation } from "../i18n/use-translation";
import { formatEuros } from "../coordinator/money";
import { useLocale } from "../i18n/use-locale";
import { basketItems } from "./catalogue-filter";

/** What is in the basket, line by line (bread of a bakery closed that day said to be removed), and the total to pay; "empty" when nothing is chosen yet. */
export function BasketLines({ catalogue, basket }: { catalogue: Catalogue; basket: ReadonlyMap<string, number> }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const lines = basketItems(catalogue, basket);
  if (!lines.length) return <p>{t("ordering.emptyBasket")}</p>;
  return (
    <ul className="basket__lines">
      {lines.map(({ item, quantity }) => (
        <li key={item.offerId}>{t(item.bakeryClosed ? "ordering.basketLineBakeryClosed" : "ordering.basketLine", { quantity, name: item.name, total: formatEuros(quantity * item.unitPriceCents, locale) })}</li>
      ))}
    </ul>
  );
}

/** Count of articles and total of a basket. */
export function basketTotals(catalogue: Catalogue, basket: ReadonlyMap<string, number>): { count: number; totalCents: number } {
  return basketItems(catalogue, basket).reduce((sum, { item, quantity }) => ({ count: sum.count + quantity, totalCents: sum.totalCents + quantity * item.unitPriceCents }), { count: 0, totalCents: 0 });
}
