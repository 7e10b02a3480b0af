/**
 * Web Push against a local push service that checks what RFC 8030/8291/8292 require of a sender:
 * a VAPID `Authorization: vapid t=…, k=…` with our public key, a TTL, an aes128gcm-encrypted body.
 * A subscription the service forgot answers 410.
 */
import { createECDH, randomBytes, type ECDH } from "node:crypto";
// http_ece is web-push's own encryption library: the stand-in decrypts what a browser would.
import ece from "http_ece";
import webpush from "web-push";
import { WebPushChannel } from "./web-push.js";
import { describeChannelContract } from "./test-support/channel-contract.js";
import { closedPort, startLocalServer } from "./test-support/local-server.js";

const vapid = webpush.generateVAPIDKeys();

const devices = new Map<string, { ecdh: ECDH; auth: Buffer }>();

function subscription(endpoint: string): string {
  const ecdh = createECDH("prime256v1");
  ecdh.generateKeys();
  const auth = randomBytes(16);
  devices.set(new URL(endpoint).pathname, { ecdh, auth });
  return JSON.stringify({ endpoint, keys: { p256dh: ecdh.getPublicKey().toString("base64url"), auth: auth.toString("base64url") } });
}

describeChannelContract("Web Push (VAPID) against a local push service", {
  async start() {
    const received: { to: string; text: string }[] = [];
    const server = await startLocalServer((req, res, _text, raw) => {
      const auth = String(req.headers.authorization ?? "");
      const ok = auth.startsWith("vapid t=") && auth.includes(`k=${vapid.publicKey}`) && req.headers["content-encoding"] === "aes128gcm" && req.headers.ttl && raw.length > 0;
      if (!ok) return void res.writeHead(400).end("bad push request");
      if (req.url === "/gone") return void res.writeHead(410).end();
      const device = devices.get(req.url ?? "")!;
      const clear = ece.decrypt(raw, { version: "aes128gcm", privateKey: device.ecdh, authSecret: device.auth }) as Buffer;
      received.push({ to: req.url ?? "", text: (JSON.parse(clear.toString("utf8")) as { body: string }).body });
      res.writeHead(201, { location: `/messages/${received.length}` }).end();
    });
    const good = subscription(`${server.url}/device-1`);
    const channel = new WebPushChannel({ publicKey: vapid.publicKey, privateKey: vapid.privateKey, subject: "mailto:tournee@example.org" });
    return {
      channel, goodAddress: good, refusedAddress: subscription(`${server.url}/gone`), secrets: [vapid.privateKey],
      received: () => received.map((r) => ({ ...r, to: r.to === "/device-1" ? good : r.to })), close: server.close,
    };
  },
  async startDown() {
    const channel = new WebPushChannel({ publicKey: vapid.publicKey, privateKey: vapid.privateKey, subject: "mailto:tournee@example.org", timeoutMs: 2000 });
    return { channel, address: subscription(`http://127.0.0.1:${await closedPort()}/device`), close: async () => {} };
  },
});
