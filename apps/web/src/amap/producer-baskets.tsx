/** On the producer's screen: the AMAP baskets to prepare per week, date and round, and the week's composition to announce. */
import type { AmapProducerPlan } from "@tournee/domain";
import { useState } from "react";
import { useTranslation } from "../i18n/use-translation";
import { describeError } from "../coordinator/describe-error";
import { useLoad } from "../coordinator/use-load";
import { dayLabel } from "../coordinator/week-dates";
import { useLocale } from "../i18n/use-locale";
import { FormAlert } from "../ui/form-alert";
import { amapApi } from "./amap-api";
import { weekLabel } from "./amap-text";

/** Weeks shown: what is being prepared and what comes next. */
const SHOWN = 3;

export function ProducerBaskets() {
  const { t } = useTranslation();
  const [load, retry] = useLoad(() => amapApi.producerPlan(), []);
  if (load.status !== "ready" || load.data.length === 0) return null;
  return (
    <section aria-labelledby="amap-producer">
      <h2 id="amap-producer">{t("amap.producer.title")}</h2>
      {load.data.map((c) => (
        <div key={c.contract.id}>
          <p className="lead">{t("amap.producer.contract", { name: c.contract.name, organisation: c.contract.organisationName, carrier: c.contract.carrierName })}</p>
          <ul className="passages">
            {c.weeks.slice(0, SHOWN).map((w) => (
              <WeekCard key={w.week} contractId={c.contract.id} week={w} reload={retry} />
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

function WeekCard({ contractId, week, reload }: { contractId: string; week: AmapProducerPlan[number]["weeks"][number]; reload(): void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [text, setText] = useState(week.composition ?? "");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [saved, setSaved] = useState(false);
  const label = weekLabel(t, week.week, locale);
  const heading = `amap-week-${contractId}-${week.week}`;

  async function announce() {
    setBusy(true);
    setError(undefined);
    setSaved(false);
    try {
      await amapApi.announce(contractId, week.week, text);
      setSaved(true);
      reload();
    } catch (e) {
      setError(describeError(t, e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <li className="card amap-prep" aria-labelledby={heading}>
      <h3 id={heading}>{label.charAt(0).toUpperCase() + label.slice(1)}</h3>
      <p><strong>{t("amap.producer.total", { count: week.total })}</strong></p>
      {week.rounds.length === 0 && <p>{t("amap.producer.none")}</p>}
      <ul>
        {week.rounds.map((r) => (
          <li key={`${r.date}|${r.roundName ?? ""}`}>
            {r.roundName ? t("amap.producer.round", { day: dayLabel(r.date, locale), round: r.roundName }) : t("amap.producer.roundNoName", { day: dayLabel(r.date, locale) })}
            {" : "}
            {r.sizes.map((s) => t("amap.producer.sizes", { count: s.count, name: s.name.toLowerCase() })).join(", ")}
          </li>
        ))}
      </ul>
      {week.donated > 0 && <p>{t("amap.producer.donated", { count: week.donated })}</p>}
      <div className="field">
        <label htmlFor={`${heading}-text`}>{t("amap.producer.compositionOf", { week: label })}</label>
        <textarea id={`${heading}-text`} rows={2} maxLength={600} value={text} onChange={(e) => { setSaved(false); setText(e.target.value); }} />
      </div>
      <FormAlert message={error} />
      {saved && <p className="alert alert--info" role="status">{t("amap.producer.announced")}</p>}
      <div className="actions">
        <button type="button" className="button button--primary" disabled={busy || !text.trim()} onClick={() => void announce()}>
          {t("amap.producer.announce")}
        </button>
      </div>
    </li>
  );
}
