/** The SMTP adapter against a real SMTP server started here (smtp-server), refusing one recipient. */
import { SmtpChannel } from "./smtp.js";
import { describeChannelContract } from "./test-support/channel-contract.js";
import { closedPort } from "./test-support/local-server.js";
import { startSmtpTestServer as startSmtp } from "./test-support/smtp-test-server.js";
import { expect, it } from "vitest";

const FROM = "tournee@example.org";

describeChannelContract("SMTP (nodemailer) against smtp-server", {
  async start() {
    const smtp = await startSmtp();
    const channel = new SmtpChannel({ url: `smtp://127.0.0.1:${smtp.port}`, from: FROM });
    return {
      channel, goodAddress: "mme.martin@example.org", refusedAddress: "refuse@example.org", secrets: [],
      received: () => smtp.received,
      close: async () => {
        await channel.close();
        await smtp.close();
      },
    };
  },
  async startDown() {
    const channel = new SmtpChannel({ url: `smtp://127.0.0.1:${await closedPort()}`, from: FROM, timeoutMs: 2000 });
    return { channel, address: "mme.martin@example.org", close: () => channel.close() };
  },
});

it("names the organisation's sender and offers one-click unsubscribe (RFC 8058)", async () => {
  const smtp = await startSmtp();
  const channel = new SmtpChannel({ url: `smtp://127.0.0.1:${smtp.port}`, from: FROM });
  try {
    await channel.send({ id: "m1", to: "a@example.org", subject: "Passage de demain", text: "Bonjour", senderName: "La tournée du Pays d'Aubusson", unsubscribeUrl: "http://localhost/desinscription/t1" });
    const raw = smtp.received[0]!.raw;
    expect(raw).toMatch(/^From: =\?UTF-8\?Q\?La_tourn=C3=A9e_du_Pays_d=27Aubusson\?=\s+<tournee@example\.org>/m);
    expect(raw).toMatch(/^List-Unsubscribe: <http:\/\/localhost\/desinscription\/t1>/m);
    expect(raw).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click/m);
  } finally {
    await channel.close();
    await smtp.close();
  }
});
