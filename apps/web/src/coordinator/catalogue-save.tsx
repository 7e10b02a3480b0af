import { useState } from "react";
import { useTranslation } from "../i18n/use-translation";
import { isApiError } from "../api/api-error";
import { describeError } from "./describe-error";

/**
 * The server's field errors keyed by their whole path ("halts.1.arrivalMinute") and, when
 * not taken, by their last segment ("arrivalMinute"), so flat and nested forms can both find theirs.
 */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  if (!isApiError(error)) return {};
  const out: Record<string, string> = {};
  for (const e of error.problem?.errors ?? []) {
    out[e.path] ??= e.message;
    out[e.path.split(".").pop() ?? e.path] ??= e.message;
  }
  return out;
}

export interface SaveState {
  errors: Record<string, string>;
  alert: string | undefined;
  saved: string | undefined;
  busy: boolean;
}

/**
 * Runs one save of a management form: clears the last outcome, and afterwards holds either what
 * was saved (a sentence) or the alert and the field errors. The form's own state is left alone,
 * so what was typed stays on screen when the save fails.
 */
export function useSave(): [SaveState, (action: () => Promise<string>, onError?: (error: unknown) => Record<string, string> | undefined) => Promise<boolean>] {
  const { t } = useTranslation();
  const [state, setState] = useState<SaveState>({ errors: {}, alert: undefined, saved: undefined, busy: false });
  async function run(action: () => Promise<string>, onError?: (error: unknown) => Record<string, string> | undefined) {
    setState({ errors: {}, alert: undefined, saved: undefined, busy: true });
    try {
      const saved = await action();
      setState({ errors: {}, alert: undefined, saved, busy: false });
      return true;
    } catch (error) {
      const special = onError?.(error);
      const errors = special ?? fieldErrorsOf(error);
      const invalid = Object.keys(errors).length > 0 || (isApiError(error) && error.problem?.code === "validation_failed");
      setState({ errors, alert: invalid ? t("errors.checkFields") : describeError(t, error), saved: undefined, busy: false });
      return false;
    }
  }
  return [state, run];
}

/** Says what was just saved; announced by screen readers. */
export function SavedNote({ message }: { message: string | undefined }) {
  if (!message) return null;
  return (
    <p className="alert alert--info" role="status">
      {message}
    </p>
  );
}
