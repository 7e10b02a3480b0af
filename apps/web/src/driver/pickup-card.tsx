/** The stop at the bakery: how many crates to load and which breads, for which stops. */
import type { RoundPickup } from "@tournee/sync";
import { useTranslation } from "react-i18next";
import { formatTime } from "../format/date-time";
import { useLocale } from "../i18n/use-locale";

export function PickupCard({ pickup }: { pickup: RoundPickup }) {
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
      </section>
    </li>
  );
}
