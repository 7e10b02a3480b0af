/**
 * A real SMTP server for tests and benchmarks (smtp-server, in process, random local port):
 * it accepts every recipient but those starting with "refuse" (550), and keeps what arrived.
 */
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

export interface ReceivedMail {
  to: string;
  /** The message's text part, decoded. */
  text: string;
  /** The whole message as it arrived (headers and body). */
  raw: string;
}

export interface SmtpTestServer {
  port: number;
  url: string;
  received: ReceivedMail[];
  close(): Promise<void>;
}

function decodeQuotedPrintable(text: string): string {
  const bytes = text.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return Buffer.from(bytes, "latin1").toString("utf8");
}

export async function startSmtpTestServer(): Promise<SmtpTestServer> {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true, disabledCommands: ["STARTTLS"], logger: false, size: 1024 * 1024,
    onRcptTo(address, _session, callback) {
      if (address.address.startsWith("refuse")) return callback(Object.assign(new Error("5.1.1 No such mailbox here"), { responseCode: 550 }));
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        const raw = Buffer.concat(chunks).toString("utf8");
        const body = raw.split(/\r?\n\r?\n/).slice(1).join("\n\n");
        const qp = /^Content-Transfer-Encoding: quoted-printable/im.test(raw);
        for (const rcpt of session.envelope.rcptTo) received.push({ to: rcpt.address, text: qp ? decodeQuotedPrintable(body) : body, raw });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return { port, url: `smtp://127.0.0.1:${port}`, received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
