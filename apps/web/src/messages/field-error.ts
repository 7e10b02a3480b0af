import type { TFunction } from "../i18n/translator";

/**
 * A field error from the server in the reader's words: the API sends codes
 * (`phone_invalid`, `forbidden_word:sociale`, `unknown_variable:heur`), the texts live in "messages.errors".
 */
export function fieldErrorText(t: TFunction, message: string): string {
  const [code = "", detail = ""] = message.split(":");
  return t(`messages.errors.${code}`, { detail, defaultValue: t("messages.errors.other") });
}

/**
 * Why a message was cancelled, is waiting or failed, from the server's reason: a code
 * (`ordered_meanwhile`, `no_provider:email`), a failure's code then the provider's own words
 * (`recipient_refused 550 5.1.1 …`), or a retry (`retry:2/5 provider_unreachable …`). Only the
 * code is said; the provider's words stay in the message's record for whoever configures it.
 */
export function reasonText(t: TFunction, reason: string): string {
  const [head = "", cause = ""] = reason.split(" ");
  const [code = "", detail = ""] = head.split(":");
  if (code !== "retry") return codeText(t, code);
  const [attempt, attempts] = detail.split("/");
  return t("messages.reasons.retry", { attempt, attempts, cause: codeText(t, cause === "" ? "provider_unreachable" : cause) });
}

const codeText = (t: TFunction, code: string): string =>
  t(`messages.reasons.${code}`, { defaultValue: t("messages.reasons.unknown") });
