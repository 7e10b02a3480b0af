import type { OrderImportPreview, OrderImportResult } from "@tournee/domain";
import { useState, type FormEvent } from "react";
import { useTranslation } from "../i18n/use-translation";
import { useLocale } from "../i18n/use-locale";
import { FormAlert } from "../ui/form-alert";
import { coordinatorApi } from "./coordinator-api";
import { describeError } from "./describe-error";
import { ImportErrorsTable } from "./import-preview";
import { dayLabel } from "./week-dates";

/** Why an order was refused, said to the coordinator ("coordinator.import.orders.why.<code>"); others: "other". */
const SAID = new Set(["order_locked", "passage_closed", "stock_exhausted", "credit_cap_exceeded", "offer_unavailable", "bakery_closed", "beyond_household_limit"]);

/**
 * Paper and phone orders from a CSV: the file is checked first (every line it cannot read, and the
 * orders it would place or change); then each order is placed like a single one, and those the
 * rules refuse (cutoff passed, stock, credit) are listed with why.
 */
export function OrderImportPanel({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [csv, setCsv] = useState<string>();
  const [preview, setPreview] = useState<OrderImportPreview>();
  const [result, setResult] = useState<OrderImportResult>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function run(work: () => Promise<void>) {
    setBusy(true);
    setError(undefined);
    try {
      await work();
    } catch (e) {
      setError(describeError(t, e));
    } finally {
      setBusy(false);
    }
  }

  function check(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPreview(undefined);
    setResult(undefined);
    const file = new FormData(event.currentTarget).get("orders-file");
    if (!(file instanceof File) || file.size === 0) return setError(t("coordinator.import.chooseFile"));
    void run(async () => {
      const text = await file.text();
      setCsv(text);
      setPreview(await coordinatorApi.previewOrderImport(organisationId, text));
    });
  }

  const place = () =>
    void run(async () => {
      setResult(await coordinatorApi.importOrders(organisationId, csv!));
      setPreview(undefined);
    });

  return (
    <section aria-labelledby="orders-import-title" className="panel">
      <h2 id="orders-import-title">{t("coordinator.import.orders.title")}</h2>
      <form onSubmit={check}>
        <div className="field">
          <label htmlFor="orders-file">{t("coordinator.import.orders.file")}</label>
          <p className="field__hint" id="orders-file-hint">{t("coordinator.import.orders.columns")}</p>
          <input id="orders-file" name="orders-file" type="file" accept=".csv,text/csv" aria-describedby="orders-file-hint" onChange={() => setPreview(undefined)} />
        </div>
        <button type="submit" className="button" disabled={busy}>{t("coordinator.import.orders.check")}</button>
      </form>
      <FormAlert message={error} />
      {preview && preview.errors.length > 0 && (
        <ImportErrorsTable errors={preview.errors} caption={t("coordinator.import.hasErrors", { count: preview.errors.length })} />
      )}
      {preview && preview.errors.length === 0 && (
        <>
          <ul className="plain-list" aria-label={t("coordinator.import.orders.toPlace")}>
            {preview.orders.map((o) => (
              <li key={o.lines.join("-")}>
                {t(o.action === "update" ? "coordinator.import.orders.changes" : "coordinator.import.orders.places", {
                  household: o.household.name, day: dayLabel(o.passage.date, locale), stop: o.passage.stopName,
                  items: o.items.map((i) => `${i.quantity} × ${i.productName}`).join(", "),
                })}
              </li>
            ))}
          </ul>
          <button type="button" className="button button--primary" disabled={busy} onClick={place}>
            {t("coordinator.import.orders.confirm", { count: preview.orders.length })}
          </button>
        </>
      )}
      {result && (
        <div role="status">
          <p className="alert alert--info">{t("coordinator.import.orders.done", { placed: result.placed, changed: result.changed })}</p>
          {result.refused.length > 0 && (
            <ul className="plain-list alert alert--error">
              {result.refused.map((r) => (
                <li key={r.lines.join("-")}>
                  {t("coordinator.import.orders.refused", { household: r.household, count: r.lines.length, lines: r.lines.join(", "), why: t(`coordinator.import.orders.why.${SAID.has(r.code) ? r.code : "other"}`) })}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
