/** The households a short count at a farm or at the warehouse leaves short: to tell before the truck comes, or not charged. */
import type { FarmReceipt } from "@tournee/domain";
import { useTranslation } from "../i18n/use-translation";

export function ShortOrders({ orders }: { orders: FarmReceipt["shortOrders"] }) {
  const { t } = useTranslation();
  if (!orders.length) return null;
  return (
    <>
      <p><strong>{t("supply.receipts.affected")}</strong></p>
      <ul className="short-orders">
        {orders.map((o) => (
          <li key={`${o.orderId}|${o.productName}`}>
            {t(o.handedOver ? "supply.receipts.handedShort" : "supply.receipts.willBeShort", { household: o.householdName, stop: o.stopName, name: o.productName, count: o.missing, ordered: o.ordered })}
          </li>
        ))}
      </ul>
    </>
  );
}
