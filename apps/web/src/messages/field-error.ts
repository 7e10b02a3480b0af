import type { TFunction } from "i18next";

/**
 * A field error from the server in the reader's words: the API sends codes
 * (`phone_invalid`, `forbidden_word:sociale`, `unknown_variable:heur`), the texts live in "messages.errors".
 */
export function fieldErrorText(t: TFunction, message: string): string {
  const [code = "", detail = ""] = message.split(":");
  return t(`messages.errors.${code}`, { detail, defaultValue: t("messages.errors.other") });
}

/** Why a message was cancelled, is waiting or failed, from the server's reason code (`provider:550 …`, `ordered_meanwhile`). */
export function reasonText(t: TFunction, reason: string): string {
  const at = reason.search(/[: ]/);
  const code = at < 0 ? reason : reason.slice(0, at);
  const detail = at < 0 ? "" : reason.slice(at + 1);
  // A retry says which attempt ("2/5"); the provider's own answer, in its words, stays in the message's record.
  return t(`messages.reasons.${code}`, { detail: code === "retry" ? detail.split(" ")[0] : detail, defaultValue: reason });
}
