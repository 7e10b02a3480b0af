/**
 * Starting or changing an AMAP contract: the producer, the grocery whose rounds carry the baskets,
 * the season and how often a basket comes, what becomes of a basket when a member is away, and the
 * basket sizes with their price per delivery. Members are added afterwards, on the contract.
 */
import { AMAP_SKIP_RULES, type AmapContract, type AmapContractChoices, type AmapSkipRule } from "@tournee/domain";
import { useState, type FormEvent } from "react";
import { useTranslation } from "../i18n/use-translation";
import { isApiError } from "../api/api-error";
import { centsFromEuros, eurosText } from "../coordinator/catalogue-input";
import { describeError } from "../coordinator/describe-error";
import { parisToday } from "../coordinator/week-dates";
import { formatDay } from "../format/date-time";
import { useLocale } from "../i18n/use-locale";
import { FormAlert } from "../ui/form-alert";
import { TextField } from "../ui/text-field";
import { amapApi } from "./amap-api";

const FREQUENCIES = [1, 2, 3, 4];
const MAX_SIZES = 4;

interface SizeDraft {
  id?: string;
  name: string;
  price: string;
}

type Errors = Record<string, string>;

/** `choices` to start a contract; `contract` to change one (its producer and carrier stay). */
export function ContractForm({ choices = { producers: [], carriers: [] }, contract, onSaved }: { choices?: Pick<AmapContractChoices, "producers" | "carriers">; contract?: AmapContract; onSaved(c: AmapContract): void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const today = parisToday();
  const begun = !!contract && contract.firstDate <= today;
  const [name, setName] = useState(contract?.name ?? "");
  const [producerId, setProducerId] = useState(contract?.producer.id ?? (choices.producers.length === 1 ? choices.producers[0]!.id : ""));
  const [carrierId, setCarrierId] = useState(contract?.carrier.id ?? (choices.carriers.length === 1 ? choices.carriers[0]!.id : ""));
  const [firstDate, setFirstDate] = useState(contract?.firstDate ?? "");
  const [lastDate, setLastDate] = useState(contract?.lastDate ?? "");
  const [everyWeeks, setEveryWeeks] = useState(contract?.everyWeeks ?? 1);
  const [skipRule, setSkipRule] = useState<AmapSkipRule>(contract?.skipRule ?? "donated");
  const [sizes, setSizes] = useState<SizeDraft[]>(contract?.sizes.map((s) => ({ id: s.id, name: s.name, price: eurosText(s.priceCents, locale) })) ?? [{ name: "", price: "" }]);
  const [errors, setErrors] = useState<Errors>({});
  const [alert, setAlert] = useState<string>();
  const [busy, setBusy] = useState(false);
  const setSize = (i: number, change: Partial<SizeDraft>) => setSizes(sizes.map((s, j) => (j === i ? { ...s, ...change } : s)));

  function check(): Errors {
    const found: Errors = {};
    if (!name.trim()) found.name = t("amap.form.errors.name");
    if (!producerId) found.producerId = t("amap.form.errors.producerId");
    if (!carrierId) found.carrierId = t("amap.form.errors.carrierId");
    if (!firstDate) found.firstDate = t("amap.form.errors.firstDate");
    else if (!begun && firstDate < today) found.firstDate = t("amap.form.errors.firstDatePast");
    if (!lastDate) found.lastDate = t("amap.form.errors.lastDate");
    else if (firstDate && lastDate < firstDate) found.lastDate = t("amap.form.errors.lastDateBefore");
    else if (contract && lastDate !== contract.lastDate && lastDate < today) found.lastDate = t("amap.form.errors.lastDatePast");
    sizes.forEach((s, i) => {
      if (!s.name.trim()) found[`sizes.${i}.name`] = t("amap.form.errors.sizeName");
      const cents = centsFromEuros(s.price);
      if (cents === null || cents <= 0) found[`sizes.${i}.priceCents`] = t("amap.form.errors.sizePrice");
    });
    return found;
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    const found = check();
    setErrors(found);
    if (Object.keys(found).length) return setAlert(t("errors.checkFields"));
    setBusy(true);
    setAlert(undefined);
    const sizeInput = sizes.map((s) => ({ ...(s.id ? { id: s.id } : {}), name: s.name.trim(), priceCents: centsFromEuros(s.price)! }));
    try {
      const saved = contract
        ? await amapApi.change(contract.id, { name: name.trim(), lastDate, everyWeeks, skipRule, sizes: sizeInput, ...(begun ? {} : { firstDate }) })
        : await amapApi.create({ producerId, carrierId, name: name.trim(), firstDate, lastDate, everyWeeks, skipRule, sizes: sizeInput.map(({ name: n, priceCents }) => ({ name: n, priceCents })) });
      onSaved(saved);
    } catch (err) {
      const fields = isApiError(err) ? (err.problem?.errors ?? []) : [];
      setErrors(Object.fromEntries(fields.map((f) => [f.path, t(`amap.form.errors.${f.path.replace(/^sizes\.\d+\./, "size.")}`, { defaultValue: t("amap.form.errors.other") })])));
      setAlert(fields.length ? t("errors.checkFields") : describeError(t, err));
    } finally {
      setBusy(false);
    }
  }

  const select = (id: string, label: string, value: string, set: (v: string) => void, options: { id: string; label: string }[], error: string | undefined) => (
    <div className={`field${error ? " field--invalid" : ""}`}>
      <label htmlFor={id}>{label}</label>
      {error && <p id={`${id}-error`} className="field__error">{error}</p>}
      <select id={id} value={value} onChange={(e) => set(e.target.value)} aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined}>
        <option value="">{t("amap.form.choose")}</option>
        {options.map((o) => <option key={o.id} value={o.id}>{o.label}</option>)}
      </select>
    </div>
  );

  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="amap-contract-form">
      <FormAlert message={alert} />
      <TextField label={t("amap.form.name")} hint={t("amap.form.nameHint")} value={name} maxLength={120} error={errors.name} onChange={(e) => setName(e.target.value)} />
      {contract ? (
        <p>{t("amap.contracts.by", { producer: contract.producer.name, organisation: contract.organisation.name, carrier: contract.carrier.name })}</p>
      ) : (
        <>
          {select("amap-producer", t("amap.form.producer"), producerId, setProducerId, choices.producers.map((p) => ({ id: p.id, label: p.city ? `${p.name} (${p.city})` : p.name })), errors.producerId)}
          {select("amap-carrier", t("amap.form.carrier"), carrierId, setCarrierId, choices.carriers.map((c) => ({ id: c.id, label: c.name })), errors.carrierId)}
        </>
      )}
      <fieldset className="field">
        <legend>{t("amap.form.season")}</legend>
        {begun ? (
          <p>{t("amap.form.begun", { day: formatDay(firstDate, locale) })}</p>
        ) : (
          <TextField type="date" label={t("amap.form.firstDate")} value={firstDate} min={today} error={errors.firstDate} onChange={(e) => setFirstDate(e.target.value)} />
        )}
        <TextField type="date" label={t("amap.form.lastDate")} hint={contract ? t("amap.form.lastDateHint") : undefined} value={lastDate} error={errors.lastDate} onChange={(e) => setLastDate(e.target.value)} />
        <div className="field">
          <label htmlFor="amap-every">{t("amap.form.everyWeeks")}</label>
          <p id="amap-every-hint" className="field__hint">{t("amap.form.everyWeeksHint")}</p>
          <select id="amap-every" value={everyWeeks} aria-describedby="amap-every-hint" onChange={(e) => setEveryWeeks(Number(e.target.value))}>
            {FREQUENCIES.map((n) => <option key={n} value={n}>{t("amap.form.every", { count: n })}</option>)}
          </select>
        </div>
      </fieldset>
      <fieldset className="field">
        <legend>{t("amap.form.skipRule")}</legend>
        {AMAP_SKIP_RULES.map((rule) => (
          <label key={rule} className="check">
            <input type="radio" name="amap-skip-rule" checked={skipRule === rule} onChange={() => setSkipRule(rule)} />
            {t(`amap.skipRule.${rule}`)}
          </label>
        ))}
      </fieldset>
      <fieldset className="field amap-sizes">
        <legend>{t("amap.form.sizes")}</legend>
        <p className="field__hint">{t("amap.form.sizesHint")}</p>
        {sizes.map((s, i) => (
          <div key={s.id ?? `new-${i}`} className="amap-size-row">
            <TextField label={t("amap.form.sizeName", { n: i + 1 })} value={s.name} maxLength={120} error={errors[`sizes.${i}.name`]} onChange={(e) => setSize(i, { name: e.target.value })} />
            <TextField label={t("amap.form.sizePrice", { n: i + 1 })} inputMode="decimal" value={s.price} error={errors[`sizes.${i}.priceCents`]} onChange={(e) => setSize(i, { price: e.target.value })} />
            {sizes.length > 1 && (
              <button type="button" className="button" onClick={() => setSizes(sizes.filter((_, j) => j !== i))}>{t("amap.form.removeSize", { n: i + 1 })}</button>
            )}
          </div>
        ))}
        {sizes.length < MAX_SIZES && <button type="button" className="button" onClick={() => setSizes([...sizes, { name: "", price: "" }])}>{t("amap.form.addSize")}</button>}
      </fieldset>
      <button type="submit" className="button button--primary" disabled={busy} aria-busy={busy || undefined}>{t(contract ? "amap.form.save" : "amap.form.create")}</button>
    </form>
  );
}
