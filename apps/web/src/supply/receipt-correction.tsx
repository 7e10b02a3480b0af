/** A coordinator corrects a miscount of one product at the farm: what really came, and why less came. */
import type { FarmReceipt } from "@tournee/domain";
import { useState } from "react";
import { useTranslation } from "../i18n/use-translation";
import { describeError } from "../coordinator/describe-error";
import { formatDate, formatTime } from "../format/date-time";
import { useLocale } from "../i18n/use-locale";
import { FormAlert } from "../ui/form-alert";
import { supplyApi } from "./supply-api";

export function ReceiptCorrection({ line, onCorrected }: { line: FarmReceipt["lines"][number]; onCorrected: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [open, setOpen] = useState(false);
  const [received, setReceived] = useState(String(line.received));
  const [note, setNote] = useState(line.note ?? "");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const at = line.correctedAt ? new Date(line.correctedAt) : null;

  async function save() {
    setBusy(true);
    setError(undefined);
    try {
      await supplyApi.correctReceipt(line.id, Number(received), note.trim() || null);
      setOpen(false);
      onCorrected();
    } catch (e) {
      setError(describeError(t, e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      {at && <small className="receipt-correction__done">{t("supply.correction.done", { who: line.correctedBy ?? "—", day: formatDate(at, locale), time: formatTime(at, locale) })}</small>}
      {open ? (
        <form
          className="receipt-correction"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <label>
            {t("supply.correction.received", { name: line.productName, unit: line.unit, count: line.expected })}
            <input type="number" min={0} inputMode="numeric" required value={received} onChange={(e) => setReceived(e.target.value)} />
          </label>
          <label>
            {t("supply.correction.note")}
            <input value={note} maxLength={300} onChange={(e) => setNote(e.target.value)} />
          </label>
          <FormAlert message={error} />
          <div className="actions">
            <button type="submit" className="button button--primary" disabled={busy}>
              {t("supply.correction.save")}
            </button>
            <button type="button" className="button" onClick={() => setOpen(false)}>
              {t("supply.correction.cancel")}
            </button>
          </div>
        </form>
      ) : (
        <button type="button" className="link-button" onClick={() => setOpen(true)} aria-label={t("supply.correction.openFor", { name: line.productName })}>
          {t("supply.correction.open")}
        </button>
      )}
    </>
  );
}
