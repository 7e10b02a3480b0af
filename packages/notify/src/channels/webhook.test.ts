/** The webhook provider against a local gateway that checks the bearer secret and the JSON it is sent. */
import { WebhookChannel } from "./webhook.js";
import { describeChannelContract } from "./test-support/channel-contract.js";
import { closedPort, json, startLocalServer } from "./test-support/local-server.js";

const SECRET = "s3cret-webhook";

for (const kind of ["sms", "voice"] as const) {
  describeChannelContract(`webhook provider (${kind})`, {
    async start() {
      const received: { to: string; text: string }[] = [];
      const server = await startLocalServer((req, res, body) => {
        if (req.headers.authorization !== `Bearer ${SECRET}`) return json(res, 401, { message: "bad token" });
        const m = JSON.parse(body) as { id?: string; channel?: string; to?: string; text?: string };
        if (!m.id || m.channel !== kind || !m.to || !m.text) return json(res, 400, { message: "missing field" });
        if (m.to === "+33100000000") return json(res, 422, { message: "number not reachable" });
        received.push({ to: m.to, text: m.text });
        json(res, 202, { id: `gw-${received.length}` });
      });
      return { channel: new WebhookChannel(kind, { url: server.url, secret: SECRET }), goodAddress: "+33555123456", refusedAddress: "+33100000000",
        secrets: [SECRET], received: () => received, close: server.close };
    },
    async startDown() {
      return { channel: new WebhookChannel(kind, { url: `http://127.0.0.1:${await closedPort()}`, secret: SECRET, timeoutMs: 2000 }), address: "+33555123456", close: async () => {} };
    },
  });
}
