/** A stop at a bakery or a farm: how many crates to load and what, for which stops; at a farm, the receiving checklist. */
import type { RoundPickup } from "@tournee/sync";
import { useTranslation } from "../i18n/use-translation";
import { formatTime } from "../format/date-time";
import { useLocale } from "../i18n/use-locale";
import type { JournalEntry, StoredRejection } from "./driver-db";
import { FarmReceiptForm } from "./farm-receipt-form";

export function PickupCard({ pickup, tourId, journal, rejections }: { pickup: RoundPickup; tourId: string; journal: readonly JournalEntry[]; rejections: readonly StoredRejection[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const id = `pickup-${pickup.sequence}`;
  const farm = pickup.source === "farm";
  return (
    <li className="stop stop--pickup">
      <section aria-labelledby={id}>
        <h3 id={id}>
          {pickup.sequence + 1}. {pickup.siteName} <small>{pickup.address}</small>{" "}
          {pickup.plannedArrival && <span className="stop__eta">{t("driver.stop.eta", { time: formatTime(new Date(pickup.plannedArrival), locale) })}</span>}
        </h3>
        <p className="stop__load">{farm ? t("driver.pickup.farmLoad", { count: pickup.crates, farm: pickup.siteName }) : t("driver.pickup.load", { count: pickup.crates })}</p>
        <ul className="stop__list">
          {pickup.products.map((p) => (
            <li key={`${p.productName}|${p.unit}`}>{t("driver.pickup.product", { count: p.quantity, name: p.productName, unit: p.unit })}</li>
          ))}
        </ul>
        <p>{t("driver.pickup.for")}</p>
        <ul className="stop__list">
          {pickup.stops.map((s) => (
            <li key={`${s.sequence}|${s.stopName}`}>{t(farm ? "driver.pickup.farmStop" : "driver.pickup.stop", { number: s.sequence === null ? "—" : s.sequence + 1, stop: s.stopName, count: s.quantity })}</li>
          ))}
        </ul>
        {farm && <FarmReceiptForm pickup={pickup} tourId={tourId} journal={journal} />}
        {farm && rejections.filter((r) => r.kind === "farm.received").map((r) => (
          <p key={r.id} className="alert alert--error">{t("driver.receipt.refused", { message: r.message ?? "" })}</p>
        ))}
      </section>
    </li>
  );
}
