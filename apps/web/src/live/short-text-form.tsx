import { useState, type FormEvent } from "react";
import { useTranslation } from "../i18n/use-translation";
import { isApiError } from "../api/api-error";
import { describeError } from "../coordinator/describe-error";
import { FormAlert } from "../ui/form-alert";
import { TextField } from "../ui/text-field";

/** Codes that mean someone else already did it: said plainly, and the lists reload. */
const ALREADY_DONE = new Set(["conflict_resolved", "alert_acknowledged", "claim_decided"]);

/** One short text (up to 500 characters) and a button: acknowledging, resolving, writing to a driver. */
export function ShortTextForm({ label, hint, submit, required, onSubmit, onDone, describe = describeError }: {
  label: string; hint?: string; submit: string; required: boolean; onSubmit: (text: string) => Promise<unknown>; onDone: () => void;
  /** How a refusal is said, when the area has codes of its own. */
  describe?: typeof describeError;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [sent, setSent] = useState(false);

  const send = async (e: FormEvent) => {
    e.preventDefault();
    if (required && !text.trim()) return setError(t("live.form.required"));
    setBusy(true);
    setError(undefined);
    try {
      await onSubmit(text.trim());
      setText("");
      setSent(true);
      onDone();
    } catch (err) {
      const code = isApiError(err) ? err.problem?.code : undefined;
      setError(code && ALREADY_DONE.has(code) ? t("live.form.alreadyDone") : describe(t, err));
      if (code && ALREADY_DONE.has(code)) onDone();
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="live__form" onSubmit={send} noValidate>
      <FormAlert message={error} />
      <TextField label={label} hint={hint} value={text} maxLength={500} required={required} onChange={(e) => { setText(e.target.value); setSent(false); }} />
      <button type="submit" className="button button--primary" aria-busy={busy || undefined} disabled={busy}>
        {submit}
      </button>
      {sent && <p role="status">{t("live.form.sent")}</p>}
    </form>
  );
}
