import type { PooledDesk } from "@tournee/domain";
import { useState, type FormEvent } from "react";
import { useTranslation } from "../i18n/use-translation";
import { isApiError } from "../api/api-error";
import { describeError } from "../coordinator/describe-error";
import { formatEuros } from "../coordinator/money";
import { useLoad } from "../coordinator/use-load";
import { formatDate, formatTime } from "../format/date-time";
import { useLocale } from "../i18n/use-locale";
import { FormAlert } from "../ui/form-alert";
import { pooledRoundsApi } from "./pooled-rounds-api";

/**
 * The partner's coordinator puts a parcel for one of its households on a coming halt of the
 * shared round (before that halt's cutoff); the same household and halt again replaces it. A
 * household served at home is given a day of the shared round instead: the round brings the
 * parcel to its door.
 */
export function PooledDeliveryForm({ partnershipId, carrier, onPlaced }: { partnershipId: string; carrier: string; onPlaced(): void }) {
  const [load] = useLoad(() => pooledRoundsApi.desk(partnershipId), [partnershipId]);
  if (load.status !== "ready") return null;
  return <DeskForm desk={load.data} partnershipId={partnershipId} carrier={carrier} onPlaced={onPlaced} />;
}

function DeskForm({ desk, partnershipId, carrier, onPlaced }: { desk: PooledDesk; partnershipId: string; carrier: string; onPlaced(): void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [householdId, setHouseholdId] = useState(desk.households[0]?.id ?? "");
  const [chosenPassage, setPassageId] = useState(desk.passages[0]?.id ?? "");
  const [quantities, setQuantities] = useState<Record<string, string>>({});
  const [alert, setAlert] = useState<string>();
  const [sent, setSent] = useState<string>();
  const [busy, setBusy] = useState(false);
  if (!desk.households.length || !desk.offers.length) return null;
  if (!desk.passages.length) return <p className="alert alert--info">{t("pooled.place.noPassage", { carrier })}</p>;
  const atHome = desk.households.find((h) => h.id === householdId)?.homeDrop ?? false;
  const options = atHome ? roundDays(desk.passages) : desk.passages;
  const passageId = options.some((p) => p.id === chosenPassage) ? chosenPassage : (options[0]?.id ?? "");

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSent(undefined);
    const lines = desk.offers.flatMap((o) => {
      const quantity = Number(quantities[o.id] ?? "0");
      return Number.isInteger(quantity) && quantity > 0 ? [{ offerId: o.id, quantity }] : [];
    });
    if (!lines.length) return setAlert(t("pooled.place.noLine"));
    setBusy(true);
    setAlert(undefined);
    try {
      const placed = await pooledRoundsApi.place(partnershipId, { householdId, passageId, lines });
      const household = desk.households.find((h) => h.id === householdId)?.name ?? "";
      const said = placed.awaitsReplanning ? "pooled.place.awaitsReplanning" : placed.replaced ? "pooled.place.replaced" : placed.homeDrop ? "pooled.place.placedAtHome" : "pooled.place.placed";
      setSent(t(said, { household, carrier, amount: formatEuros(placed.totalCents, locale) }));
      setQuantities({});
      onPlaced();
    } catch (err) {
      const fields = isApiError(err) ? (err.problem?.errors ?? []) : [];
      setAlert([describeError(t, err), ...fields.map((f) => f.message)].join(" "));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="panel" aria-labelledby="pooled-place">
      <h2 id="pooled-place">{t("pooled.place.title")}</h2>
      <p>{t("pooled.place.explain", { carrier })}</p>
      <form onSubmit={submit} noValidate>
        <FormAlert message={alert} />
        <div className="field">
          <label htmlFor="pooled-household">{t("pooled.place.household")}</label>
          <select id="pooled-household" value={householdId} onChange={(e) => setHouseholdId(e.target.value)}>
            {desk.households.map((h) => (
              <option key={h.id} value={h.id}>
                {h.name} ({h.city})
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="pooled-passage">{t(atHome ? "pooled.place.homeDay" : "pooled.place.passage")}</label>
          <select id="pooled-passage" value={passageId} onChange={(e) => setPassageId(e.target.value)} aria-describedby={atHome ? "pooled-home-hint" : undefined}>
            {options.map((p) => (
              <option key={p.id} value={p.id}>
                {atHome
                  ? t(p.round ? "pooled.place.homeDayOption" : "pooled.place.homeDayOnly", { day: formatDate(new Date(p.windowStart), locale), round: p.round })
                  : t("pooled.place.passageOption", { day: formatDate(new Date(p.windowStart), locale), time: formatTime(new Date(p.windowStart), locale), stop: p.stopName })}
              </option>
            ))}
          </select>
          {atHome && <p className="field__hint" id="pooled-home-hint">{t("pooled.place.homeHint", { carrier })}</p>}
        </div>
        <fieldset className="field">
          <legend>{t("pooled.place.what")}</legend>
          {desk.offers.map((o) => (
            <div key={o.id} className="field">
              <label htmlFor={`pooled-qty-${o.id}`}>
                {t("pooled.place.offer", { product: o.productName, unit: o.unit, price: o.referencePriceCents ? formatEuros(o.referencePriceCents, locale) : t("pooled.deliveries.free") })}
              </label>
              <input id={`pooled-qty-${o.id}`} inputMode="numeric" size={3} value={quantities[o.id] ?? ""} onChange={(e) => setQuantities({ ...quantities, [o.id]: e.target.value.replace(/\D/g, "") })} />
            </div>
          ))}
        </fieldset>
        <button type="submit" className="button button--primary" disabled={busy} aria-busy={busy || undefined}>
          {t("pooled.place.submit")}
        </button>
        {sent && <p role="status" className="alert alert--info">{sent}</p>}
      </form>
    </section>
  );
}

/** One passage per day and round: what a household served at home chooses from. */
function roundDays(passages: PooledDesk["passages"]): PooledDesk["passages"] {
  const seen = new Set<string>();
  return passages.filter((p) => {
    const key = `${p.date} ${p.round ?? p.id}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
