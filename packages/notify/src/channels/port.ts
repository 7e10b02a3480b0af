/**
 * Port: one way of reaching a person (e-mail, SMS, a spoken call, a Web Push notification).
 * Tournée never talks to a provider except through a `Channel`; swapping SMTP for another
 * e-mail service, or OVHcloud for another SMS provider, is a change of adapter only.
 *
 * Contract (checked by `describeChannelContract` on every adapter):
 * - `send` resolves with `sent` (the provider accepted the message; `providerId` identifies it
 *   for delivery receipts when the provider gives one) or `recorded` (the recorded-only channel:
 *   nothing left the server, and nothing pretends it did);
 * - a refusal that will not change by retrying (unknown recipient, invalid number, rejected
 *   content) rejects with a `DeliveryFailure` whose `permanent` is true;
 * - a provider that cannot be reached, times out or answers a temporary error rejects with a
 *   `DeliveryFailure` whose `permanent` is false: the caller retries later;
 * - `code` says what happened in a word the Messages screen translates (`DELIVERY_FAILURE_CODES`);
 *   `reason` is the provider's own answer on one line, kept in the message's record for whoever
 *   configures the provider, never a secret.
 */
import type { DeliveryFailureCode } from "@tournee/domain";

export const CHANNEL_KINDS = ["email", "sms", "voice", "push"] as const;
export type ChannelKind = (typeof CHANNEL_KINDS)[number];

export interface OutgoingMessage {
  /** Tournée's id of the message: sent along where the provider allows, for receipts and logs. */
  id: string;
  /** An e-mail address, an E.164 number (`+33612345678`) or a push subscription (JSON). */
  to: string;
  /** Short subject: e-mail subject, push title. */
  subject: string;
  /** The text: SMS body, spoken text, e-mail body, push body. */
  text: string;
  /** Name shown as the sender, chosen by the organisation (never its legal or social status). */
  senderName: string;
  /** A link to stop these messages (e-mail footer and List-Unsubscribe header). */
  unsubscribeUrl?: string;
  /** Where tapping a push notification opens the app (a path, `/` by default). */
  openPath?: string;
}

export type SendOutcome =
  | { outcome: "sent"; provider: string; providerId: string | null }
  | { outcome: "recorded"; provider: "recorded" };

export class DeliveryFailure extends Error {
  constructor(
    readonly code: DeliveryFailureCode,
    readonly reason: string,
    readonly permanent: boolean,
    options?: { cause?: unknown },
  ) {
    super(reason, options);
    this.name = "DeliveryFailure";
  }
}

export interface Channel {
  readonly kind: ChannelKind;
  /** `smtp`, `ovh`, `webhook`, `web-push` or `recorded`: shown to coordinators. */
  readonly provider: string;
  send(message: OutgoingMessage): Promise<SendOutcome>;
  /** Releases connections (SMTP pool); called when the server stops. */
  close?(): Promise<void>;
}

/** The failure an HTTP status from a provider means (4xx other than those is the message refused). */
export function failureCodeOfStatus(status: number): DeliveryFailureCode {
  if (status === 401 || status === 403) return "credentials_refused";
  return isTemporaryStatus(status) ? "provider_busy" : "message_refused";
}

/** Whether an HTTP status from a provider is worth retrying (rate limits and server errors). */
export function isTemporaryStatus(status: number): boolean {
  return status === 408 || status === 425 || status === 429 || status >= 500;
}
