/**
 * Web Push to installed apps (RFC 8030 with VAPID, RFC 8292), through the `web-push` library.
 * `to` is the browser's subscription as JSON (endpoint and keys). A subscription the push
 * service no longer knows (404, 410) is a permanent failure: the caller forgets it.
 */
import webpush from "web-push";
import { DeliveryFailure, failureCodeOfStatus, isTemporaryStatus, type Channel, type OutgoingMessage, type SendOutcome } from "./port.js";

export interface WebPushOptions {
  publicKey: string;
  privateKey: string;
  /** `mailto:` or `https:` contact for the push services. */
  subject: string;
  timeoutMs?: number;
}

/** A new VAPID key pair (P-256), base64url: the public key is what browsers subscribe with. */
export function newVapidKeys(): { publicKey: string; privateKey: string } {
  return webpush.generateVAPIDKeys();
}

export class WebPushChannel implements Channel {
  readonly kind = "push" as const;
  readonly provider = "web-push";
  constructor(private readonly options: WebPushOptions) {}

  async send(message: OutgoingMessage): Promise<SendOutcome> {
    let subscription: webpush.PushSubscription;
    try {
      subscription = JSON.parse(message.to) as webpush.PushSubscription;
    } catch {
      throw new DeliveryFailure("device_gone", "the push subscription is unreadable", true);
    }
    const payload = JSON.stringify({ title: message.subject, body: message.text, tag: message.id, url: message.openPath ?? "/" });
    // web-push builds the encrypted, VAPID-signed request; sending it with fetch keeps one HTTP stack.
    const request = webpush.generateRequestDetails(subscription, payload, {
      TTL: 12 * 3600, urgency: "normal",
      vapidDetails: { subject: this.options.subject, publicKey: this.options.publicKey, privateKey: this.options.privateKey },
    });
    let res: Response;
    try {
      res = await fetch(request.endpoint, { method: request.method, headers: request.headers as Record<string, string>, body: request.body as Uint8Array<ArrayBuffer> | null, signal: AbortSignal.timeout(this.options.timeoutMs ?? 10_000) });
    } catch (error) {
      throw new DeliveryFailure("provider_unreachable", "push service unreachable, will retry", false, { cause: error });
    }
    if (res.ok) return { outcome: "sent", provider: this.provider, providerId: res.headers.get("location") };
    if (res.status === 404 || res.status === 410) throw new DeliveryFailure("device_gone", "this device no longer accepts notifications", true);
    if (isTemporaryStatus(res.status)) throw new DeliveryFailure(failureCodeOfStatus(res.status), `the push service answered ${res.status}, will retry`, false);
    throw new DeliveryFailure(failureCodeOfStatus(res.status), `the push service refused the message (${res.status})`, true);
  }
}
