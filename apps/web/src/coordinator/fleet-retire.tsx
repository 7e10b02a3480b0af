import { useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "../i18n/use-translation";
import type { TFunction } from "../i18n/translator";
import { isApiError } from "../api/api-error";
import { useLocale } from "../i18n/use-locale";
import { describeError } from "./describe-error";
import { dayLabel } from "./week-dates";

/** Why a retirement failed; for rounds still to come, their dates (the server lists them as YYYY-MM-DD in `detail`). */
export function describeRetireError(t: TFunction, locale: string, error: unknown): string {
  if (isApiError(error) && error.problem?.code === "rounds_to_come") {
    const dates = [...new Set(error.problem.detail?.match(/\d{4}-\d{2}-\d{2}/g) ?? [])];
    return t("coordinator.fleet.roundsToCome", { dates: dates.map((d) => dayLabel(d, locale)).join(", ") });
  }
  return describeError(t, error);
}

interface RetireActionProps {
  /** The button that opens the confirmation, e.g. "Retire Camion 1". */
  label: string;
  question: string;
  confirmLabel: string;
  /** Does it; returns the sentence saying what was done. */
  action(): Promise<string>;
  onDone(message: string): void;
}

/**
 * A button, then an in-page confirmation (no browser dialog): the question takes focus and is
 * announced; nothing happens until confirmed (Escape or "Cancel" closes it, back on the button).
 * A refusal is said in the confirmation.
 */
export function RetireAction({ label, question, confirmLabel, action, onDone }: RetireActionProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string>();
  const box = useRef<HTMLDivElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (open) box.current?.focus();
  }, [open]);

  function close() {
    setOpen(false);
    setFailure(undefined);
    requestAnimationFrame(() => opener.current?.focus());
  }

  async function confirm() {
    setBusy(true);
    setFailure(undefined);
    try {
      const done = await action();
      setOpen(false);
      onDone(done);
    } catch (error) {
      setFailure(describeRetireError(t, locale, error));
    } finally {
      setBusy(false);
    }
  }

  if (!open) {
    return (
      <button ref={opener} type="button" className="button" onClick={() => setOpen(true)}>
        {label}
      </button>
    );
  }
  return (
    <div ref={box} className="alert alert--info" role="group" aria-labelledby={`${id}-q`} tabIndex={-1} onKeyDown={(e) => e.key === "Escape" && !busy && close()}>
      <p id={`${id}-q`} role="alert">{question}</p>
      {failure && <p className="alert alert--error" role="alert">{failure}</p>}
      <div className="actions">
        <button type="button" className="button button--primary" aria-busy={busy || undefined} disabled={busy} onClick={() => void confirm()}>
          {confirmLabel}
        </button>
        <button type="button" className="button" onClick={close}>
          {t("coordinator.fleet.cancel")}
        </button>
      </div>
    </div>
  );
}
