import "../coordinator/console.css";
import "./pooled.css";
import type { PooledDelivery } from "@tournee/domain";
import { useTranslation } from "../i18n/use-translation";
import { Link, useParams } from "react-router";
import { LoadState } from "../coordinator/load-state";
import { formatEuros } from "../coordinator/money";
import { useLoad } from "../coordinator/use-load";
import { formatDay, formatTime } from "../format/date-time";
import { useLocale } from "../i18n/use-locale";
import { usePageTitle } from "../layout/use-page-title";
import { PooledDeliveryForm } from "./pooled-delivery-form";
import { PooledStatementPanel } from "./pooled-statement";
import { pooledRoundsApi } from "./pooled-rounds-api";

const METHODS = ["cash", "card", "voucher", "credit"] as const;

/**
 * The partner's deliveries on the carrier's rounds, two weeks back and two ahead, by day. The
 * partner reads its own households' time, outcome and money; the carrier reads what delivering
 * needs. Neither reads anything else of the other's.
 */
export function PooledDeliveriesPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { id = "" } = useParams();
  const [load, retry] = useLoad(() => Promise.all([pooledRoundsApi.deliveries(id), pooledRoundsApi.overview()]), [id]);
  usePageTitle(t("pooled.deliveries.title"));
  return (
    <LoadState load={load} retry={retry}>
      {([list, overview]) => {
        const p = overview.partnerships.find((x) => x.id === id);
        const title = !p ? t("pooled.deliveries.title") : list.ourSide === "carrier" ? t("pooled.deliveries.carriedTitle", { partner: p.partner.name }) : t("pooled.deliveries.oursTitle", { carrier: p.carrier.name });
        const days = [...new Set(list.deliveries.map((d) => d.date))];
        const collected = METHODS.filter((m) => list.collected[m] > 0);
        const handed = list.deliveries.filter((d) => d.outcome === "delivered" || d.outcome === "partial").length;
        const absent = list.deliveries.filter((d) => d.outcome === "absent" || d.outcome === "refused").length;
        return (
          <>
            <p>
              <Link to="/partenaires/tournees">{t("pooled.deliveries.back")}</Link>
            </p>
            <h1>{title}</h1>
            <p className="lead">{t(list.ourSide === "carrier" ? "pooled.deliveries.carriedLead" : "pooled.deliveries.oursLead", { from: formatDay(list.from, locale), to: formatDay(list.to, locale) })}</p>
            <ul className="pooled__facts" data-testid="pooled-summary">
              <li>{t("pooled.deliveries.counts", { count: list.deliveries.length, handed, absent })}</li>
              <li>
                {collected.length
                  ? t("pooled.deliveries.collected", { amounts: collected.map((m) => `${formatEuros(list.collected[m], locale)} ${t(`pooled.methods.${m}`)}`).join(", ") })
                  : t("pooled.deliveries.nothingCollected")}
              </li>
            </ul>
            {p && <PooledStatementPanel partnershipId={p.id} />}
            {p && list.ourSide === "partner" && p.status === "active" && <PooledDeliveryForm partnershipId={p.id} carrier={p.carrier.name} onPlaced={retry} />}
            {days.length === 0 && <p className="alert alert--info">{t("pooled.deliveries.none")}</p>}
            {days.map((day) => (
              <section key={day} className="pooled__day" aria-labelledby={`day-${day}`}>
                <h2 id={`day-${day}`}>{formatDay(day, locale)}</h2>
                <div className="table-scroll" tabIndex={0} role="region" aria-labelledby={`day-${day}`}>
                <table className="pooled__table">
                  <thead>
                    <tr>
                      <th scope="col">{t("pooled.deliveries.time")}</th>
                      <th scope="col">{t("pooled.deliveries.stop")}</th>
                      <th scope="col">{t("pooled.deliveries.household")}</th>
                      <th scope="col">{t("pooled.deliveries.handOver")}</th>
                      <th scope="col">{t("pooled.deliveries.amount")}</th>
                      <th scope="col">{t("pooled.deliveries.outcome")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {list.deliveries.filter((d) => d.date === day).map((d) => (
                      <DeliveryRow key={d.orderId} delivery={d} />
                    ))}
                  </tbody>
                </table>
                </div>
              </section>
            ))}
          </>
        );
      }}
    </LoadState>
  );
}

function DeliveryRow({ delivery: d }: { delivery: PooledDelivery }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const time = d.time ? formatTime(new Date(d.time), locale) : t("pooled.deliveries.window", { from: formatTime(new Date(d.windowStart), locale), to: formatTime(new Date(d.windowEnd), locale) });
  const outcome = d.outcome ?? (d.status === "cancelled" ? "cancelled" : d.awaitsReplanning ? "awaitsReplanning" : "pending");
  return (
    <tr data-testid="pooled-delivery">
      <td>{time}</td>
      <td>
        {d.stopName}
        {d.homeDrop && <> ({t("pooled.deliveries.homeDrop")})</>}
        {d.accessNotes && <div className="field__hint">{d.accessNotes}</div>}
      </td>
      <td>{d.householdName}</td>
      <td>{d.lines.map((l) => t("pooled.deliveries.line", { quantity: l.quantity, unit: l.unit, product: l.productName })).join(", ")}</td>
      <td>
        {d.dueCents > 0 ? t("pooled.deliveries.due", { amount: formatEuros(d.dueCents, locale) }) : t("pooled.deliveries.free")}
        {d.collectedCents > 0 && <div>{t("pooled.deliveries.paid", { amount: formatEuros(d.collectedCents, locale) })}</div>}
      </td>
      <td>
        <span className={`pooled__outcome--${outcome}`}>{t(`pooled.outcome.${outcome}`)}</span>
        {d.handedOverAt && <div>{t("pooled.deliveries.at", { time: formatTime(new Date(d.handedOverAt), locale) })}</div>}
        {d.conflicts.map((c, i) => (
          <div key={i} className="pooled__conflict">
            {t(`live.ruleTitles.${c.rule}`, { defaultValue: t("pooled.deliveries.conflict") })}
            {c.resolved && <> — {t("pooled.deliveries.settled")}</>}
          </div>
        ))}
      </td>
    </tr>
  );
}
