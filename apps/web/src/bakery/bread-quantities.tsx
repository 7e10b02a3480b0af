import type { BreadQuantity } from "@tournee/domain";
import { useTranslation } from "../i18n/use-translation";

/** Breads and how many, as a table a baker reads at a glance. */
export function BreadQuantities({ products, caption }: { products: BreadQuantity[]; caption: string }) {
  const { t } = useTranslation();
  return (
    <table className="table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t("bakery.product")}</th>
          <th scope="col">{t("bakery.unit")}</th>
          <th scope="col" className="numeric">{t("bakery.quantity")}</th>
        </tr>
      </thead>
      <tbody>
        {products.map((p) => (
          <tr key={p.productId}>
            <th scope="row">{p.productName}</th>
            <td>{p.unit}</td>
            <td className="numeric">{p.quantity}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** "3 Baguette, 1 Pain complet" for a halt; "nothing yet" when nothing is ordered. */
export function breadsText(t: (key: string, options?: Record<string, unknown>) => string, products: BreadQuantity[]): string {
  return products.length ? products.map((p) => t("bakery.count", { count: p.quantity, name: p.productName })).join(", ") : t("bakery.nothingYet");
}
