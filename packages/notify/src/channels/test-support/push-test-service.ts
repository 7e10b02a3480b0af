// Other packages compile this file from source (tests), without this package's ambient declarations.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./http-ece.d.ts" />
/**
 * A push service on a local port, as browsers' vendors run them: it accepts what RFC 8030/8291/8292
 * require of a sender (a VAPID `Authorization: vapid t=…, k=…` with the expected public key, a TTL,
 * an aes128gcm body) and decrypts each message with the keys of the device it made, as the browser
 * would. A device the service forgot (`/gone`) answers 410.
 */
import { createECDH, randomBytes, type ECDH } from "node:crypto";
// http_ece is web-push's own encryption library: the stand-in decrypts what a browser would.
import ece from "http_ece";
import { startLocalServer } from "./local-server.js";

export interface PushedMessage {
  /** The device's path on the service, e.g. `/device-1`. */
  device: string;
  title: string;
  body: string;
  url?: string;
}

export interface PushTestService {
  url: string;
  /** A browser's subscription on this service (endpoint and keys), as `PushSubscription.toJSON()` gives it. */
  subscribe(device: string): { endpoint: string; keys: { p256dh: string; auth: string } };
  received: PushedMessage[];
  close(): Promise<void>;
}

export async function startPushTestService(vapidPublicKey: string): Promise<PushTestService> {
  const devices = new Map<string, { ecdh: ECDH; auth: Buffer }>();
  const received: PushedMessage[] = [];
  const server = await startLocalServer((req, res, _text, raw) => {
    const auth = String(req.headers.authorization ?? "");
    const ok = auth.startsWith("vapid t=") && auth.includes(`k=${vapidPublicKey}`) && req.headers["content-encoding"] === "aes128gcm" && req.headers.ttl && raw.length > 0;
    if (!ok) return void res.writeHead(400).end("bad push request");
    const device = devices.get(req.url ?? "");
    if (!device) return void res.writeHead(410).end();
    const clear = ece.decrypt(raw, { version: "aes128gcm", privateKey: device.ecdh, authSecret: device.auth });
    received.push({ device: req.url ?? "", ...(JSON.parse(clear.toString("utf8")) as Omit<PushedMessage, "device">) });
    res.writeHead(201, { location: `/messages/${received.length}` }).end();
  });
  return {
    url: server.url,
    received,
    subscribe(device) {
      const ecdh = createECDH("prime256v1");
      ecdh.generateKeys();
      const authSecret = randomBytes(16);
      const path = `/${device.replace(/^\//, "")}`;
      if (path !== "/gone") devices.set(path, { ecdh, auth: authSecret });
      return { endpoint: `${server.url}${path}`, keys: { p256dh: ecdh.getPublicKey().toString("base64url"), auth: authSecret.toString("base64url") } };
    },
    close: server.close,
  };
}
