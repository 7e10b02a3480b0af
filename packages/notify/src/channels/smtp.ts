/**
 * E-mail over SMTP with nodemailer (any relay: the organisation's own server, a transactional
 * e-mail service's SMTP endpoint). 5xx answers are permanent (a refused recipient), 4xx and
 * connection errors temporary. Each message carries RFC 8058 one-click unsubscribe headers.
 */
import nodemailer, { type Transporter } from "nodemailer";
import { DeliveryFailure, type Channel, type OutgoingMessage, type SendOutcome } from "./port.js";

export interface SmtpOptions {
  /** `smtp://user:pass@host:587` or `smtps://…:465`. */
  url: string;
  /** The address messages come from, e.g. `tournee@example.org`; the display name is the organisation's sender name. */
  from: string;
  /** Milliseconds to wait for the server before giving up (temporary failure). */
  timeoutMs?: number;
}

interface SmtpError extends Error {
  code?: string;
  responseCode?: number;
  response?: string;
  /** The SMTP command that was answered (`RCPT TO` when the recipient is refused). */
  command?: string;
}

export class SmtpChannel implements Channel {
  readonly kind = "email" as const;
  readonly provider = "smtp";
  private readonly transport: Transporter;

  constructor(private readonly options: SmtpOptions) {
    const timeout = options.timeoutMs ?? 10_000;
    this.transport = nodemailer.createTransport(options.url, {
      pool: true, maxConnections: 5, connectionTimeout: timeout, greetingTimeout: timeout, socketTimeout: timeout * 3,
    } as Parameters<typeof nodemailer.createTransport>[1]);
  }

  async send(message: OutgoingMessage): Promise<SendOutcome> {
    const footer = message.unsubscribeUrl ? `\n\n—\nPour ne plus recevoir ces messages : ${message.unsubscribeUrl}` : "";
    try {
      const info = await this.transport.sendMail({
        from: { name: message.senderName, address: this.options.from },
        to: message.to,
        subject: message.subject,
        text: message.text + footer,
        headers: { "X-Tournee-Message": message.id, ...(message.unsubscribeUrl && { "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" }) },
        ...(message.unsubscribeUrl && { list: { unsubscribe: { url: message.unsubscribeUrl, comment: "Unsubscribe" } } }),
      });
      if (info.rejected?.length) throw new DeliveryFailure("recipient_refused", `the server refused ${String(info.rejected[0])}`, true);
      return { outcome: "sent", provider: this.provider, providerId: info.messageId ?? null };
    } catch (error) {
      throw smtpFailure(error);
    }
  }

  async close(): Promise<void> {
    this.transport.close();
  }
}

function smtpFailure(error: unknown): DeliveryFailure {
  if (error instanceof DeliveryFailure) return error;
  const e = error as SmtpError;
  const code = e.responseCode;
  if (code && code >= 500) return new DeliveryFailure(e.command === "RCPT TO" ? "recipient_refused" : "message_refused", `refused by the e-mail server: ${oneLine(e.response ?? e.message)}`, true, { cause: error });
  if (code && code >= 400) return new DeliveryFailure("provider_busy", `e-mail server busy, will retry: ${oneLine(e.response ?? e.message)}`, false, { cause: error });
  if (e.code === "EAUTH") return new DeliveryFailure("credentials_refused", `the e-mail server refused the sign-in: ${oneLine(e.response ?? e.message)}`, false, { cause: error });
  return new DeliveryFailure("provider_unreachable", `e-mail server unreachable (${e.code ?? "error"}), will retry`, false, { cause: error });
}

const oneLine = (text: string): string => text.replace(/\s+/g, " ").slice(0, 200);
