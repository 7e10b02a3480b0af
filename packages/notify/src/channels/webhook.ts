/**
 * A generic provider reached by webhook, for SMS or spoken calls: Tournée POSTs
 * `{ id, channel, to, text, sender }` as JSON with `Authorization: Bearer <secret>` to the
 * configured URL (a self-hosted gateway, a VoIP server, any provider behind a small bridge).
 * A 2xx answer means accepted; its JSON `id`, if any, is kept for receipts. 4xx answers (other
 * than 408 and 429) are permanent refusals, 422 meaning the number itself is refused; the rest
 * are temporary.
 *
 * Receipts and replies come back to `POST /api/notifications/webhook/receipts` (`{ id, status:
 * "delivered" | "failed", reason? }`) and `POST /api/notifications/webhook/replies` (`{ from, text }`),
 * with the same bearer secret.
 */
import { httpFailure, postJson } from "./http.js";
import { DeliveryFailure, type Channel, type ChannelKind, type OutgoingMessage, type SendOutcome } from "./port.js";

export interface WebhookOptions {
  url: string;
  secret: string;
  timeoutMs?: number;
}

export class WebhookChannel implements Channel {
  readonly provider = "webhook";
  constructor(readonly kind: Extract<ChannelKind, "sms" | "voice">, private readonly options: WebhookOptions) {}

  async send(message: OutgoingMessage): Promise<SendOutcome> {
    const body = JSON.stringify({ id: message.id, channel: this.kind, to: message.to, text: message.text, sender: message.senderName });
    const answer = await postJson(this.options.url, body, { authorization: `Bearer ${this.options.secret}` }, this.options.timeoutMs ?? 10_000, "the webhook provider");
    if (answer.status === 422) throw new DeliveryFailure("recipient_refused", httpFailure("the webhook provider", answer).reason, true);
    if (answer.status < 200 || answer.status >= 300) throw httpFailure("the webhook provider", answer);
    const id = typeof answer.body === "object" && answer.body && "id" in answer.body ? String((answer.body as { id: unknown }).id) : null;
    return { outcome: "sent", provider: this.provider, providerId: id };
  }
}
