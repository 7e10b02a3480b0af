import { useState } from "react";
import { useTranslation } from "../i18n/use-translation";
import { describeError } from "./describe-error";

/**
 * One coordinator action at a time on a screen: what it did (`message`) or what went wrong and what
 * to do (`error`), `busy` while it runs, and `after` (reading the screen's data again) either way.
 */
export function useAct(after: () => void) {
  const { t } = useTranslation();
  const [error, setError] = useState<string>();
  const [message, setMessage] = useState<string>();
  const [busy, setBusy] = useState(false);
  async function act(work: () => Promise<unknown>, done: string) {
    setError(undefined);
    setMessage(undefined);
    setBusy(true);
    try {
      await work();
      setMessage(done);
    } catch (e) {
      setError(describeError(t, e));
    } finally {
      setBusy(false);
      after();
    }
  }
  return { act, busy, error, setError, message, setMessage };
}
