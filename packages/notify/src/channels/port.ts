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
 * - `reason` is one line a coordinator can read in the Messages screen, never a secret.
 */
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

/** Whether an HTTP status from a provider is worth retrying (rate limits and server errors). */
export function isTemporaryStatus(status: number): boolean {
  return status === 408 || status === 425 || status === 429 || status >= 500;
}
