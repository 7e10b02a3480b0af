/**
 * SMS through OVHcloud's SMS API (https://api.ovh.com/console/#/sms, guide "API SMS cookbook"):
 * `POST /1.0/sms/{serviceName}/jobs` signed with the application secret and consumer key:
 * `X-Ovh-Signature = "$1$" + sha1(AS + "+" + CK + "+" + METHOD + "+" + URL + "+" + BODY + "+" + TIMESTAMP)`,
 * the timestamp taken from the API's own clock (`GET /1.0/auth/time`).
 * Messages are transactional (`noStopClause: true`, sent at any hour: Tournée keeps its own quiet
 * hours). Without a named sender, OVHcloud sends from a short number residents can answer, so a
 * "STOP" reply reaches Tournée through the account's reply URL.
 *
 * Delivery receipts: OVHcloud calls the account's callback URL with `id` (the SMS id returned at
 * sending) and `dlr` (1 delivered; 2 and 16 not delivered; 4 and 8 still on the way).
 * OVHcloud's SMS API has no spoken calls: voice goes through the webhook provider.
 */
import { createHash } from "node:crypto";
import { httpFailure } from "./http.js";
import { DeliveryFailure, type Channel, type OutgoingMessage, type SendOutcome } from "./port.js";

export interface OvhSmsOptions {
  /** API root, e.g. `https://eu.api.ovh.com/1.0`. */
  endpoint: string;
  applicationKey: string;
  applicationSecret: string;
  consumerKey: string;
  /** The SMS account, e.g. `sms-ab12345-1`. */
  serviceName: string;
  /** A sender name validated on the account (11 characters at most); none = a short number residents can reply to. */
  sender?: string | undefined;
  timeoutMs?: number;
}

export function ovhSignature(secret: string, consumerKey: string, method: string, url: string, body: string, timestamp: number): string {
  return "$1$" + createHash("sha1").update([secret, consumerKey, method, url, body, String(timestamp)].join("+")).digest("hex");
}

export class OvhSmsChannel implements Channel {
  readonly kind = "sms" as const;
  readonly provider = "ovh";
  private clockDelta: number | undefined;

  constructor(private readonly options: OvhSmsOptions) {}

  private async timestamp(): Promise<number> {
    if (this.clockDelta === undefined) {
      try {
        const res = await fetch(`${this.options.endpoint}/auth/time`, { signal: AbortSignal.timeout(this.options.timeoutMs ?? 10_000) });
        const server = Number(await res.text());
        if (!Number.isFinite(server)) throw new Error("unreadable time");
        this.clockDelta = server - Math.floor(Date.now() / 1000);
      } catch (error) {
        throw new DeliveryFailure("provider_unreachable", "OVHcloud unreachable (clock), will retry", false, { cause: error });
      }
    }
    return Math.floor(Date.now() / 1000) + this.clockDelta;
  }

  async send(message: OutgoingMessage): Promise<SendOutcome> {
    const { endpoint, serviceName, applicationKey, applicationSecret, consumerKey, sender } = this.options;
    const url = `${endpoint}/sms/${encodeURIComponent(serviceName)}/jobs`;
    const body = JSON.stringify({
      message: message.text, receivers: [message.to], charset: "UTF-8", coding: "8bit", noStopClause: true, priority: "high",
      validityPeriod: 2880, tag: "tournee", ...(sender ? { sender, senderForResponse: false } : { senderForResponse: true }),
    });
    const timestamp = await this.timestamp();
    let res: Response;
    try {
      res = await fetch(url, {
        method: "POST", body, signal: AbortSignal.timeout(this.options.timeoutMs ?? 10_000),
        headers: { "content-type": "application/json", "X-Ovh-Application": applicationKey, "X-Ovh-Consumer": consumerKey,
          "X-Ovh-Timestamp": String(timestamp), "X-Ovh-Signature": ovhSignature(applicationSecret, consumerKey, "POST", url, body, timestamp) },
      });
    } catch (error) {
      throw new DeliveryFailure("provider_unreachable", "OVHcloud unreachable, will retry", false, { cause: error });
    }
    const answer = (await res.json().catch(() => null)) as { ids?: number[]; invalidReceivers?: string[]; message?: string } | null;
    if (!res.ok) throw httpFailure("OVHcloud", { status: res.status, body: answer });
    if (answer?.invalidReceivers?.length) throw new DeliveryFailure("recipient_refused", `OVHcloud refused the number ${answer.invalidReceivers[0]}`, true);
    const id = answer?.ids?.[0];
    if (id === undefined) throw new DeliveryFailure("unexpected_answer", "OVHcloud accepted the request but returned no SMS id", true);
    return { outcome: "sent", provider: this.provider, providerId: String(id) };
  }
}

export type ReceiptStatus = "delivered" | "failed";

/** Reads OVHcloud's delivery-receipt call (`?id=…&dlr=…`); null when it is only a step on the way. */
export function readOvhReceipt(query: Record<string, unknown>): { providerId: string; status: ReceiptStatus; reason: string | null } | null {
  const id = typeof query.id === "string" ? query.id : undefined;
  const dlr = Number(query.dlr);
  if (!id || !Number.isInteger(dlr)) return null;
  if (dlr === 1) return { providerId: id, status: "delivered", reason: null };
  if (dlr === 2 || dlr === 16) return { providerId: id, status: "failed", reason: `not delivered by the operator (OVHcloud dlr ${dlr})` };
  return null;
}

/** Reads OVHcloud's reply call (the number that answered in `senderid`, its text in `message`). */
export function readOvhReply(query: Record<string, unknown>): { from: string; text: string } | null {
  const from = [query.senderid, query.sender, query.from].find((v): v is string => typeof v === "string" && v.length > 0);
  const text = typeof query.message === "string" ? query.message : undefined;
  return from && text !== undefined ? { from: from.startsWith("00") ? `+${from.slice(2)}` : from, text } : null;
}
