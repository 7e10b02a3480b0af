/**
 * Web Push against a local push service that checks what RFC 8030/8291/8292 require of a sender:
 * a VAPID `Authorization: vapid t=…, k=…` with our public key, a TTL, an aes128gcm-encrypted body.
 * A subscription the service forgot answers 410.
 */
import { newVapidKeys, WebPushChannel } from "./web-push.js";
import { describeChannelContract } from "./test-support/channel-contract.js";
import { closedPort } from "./test-support/local-server.js";
import { startPushTestService } from "./test-support/push-test-service.js";

const vapid = newVapidKeys();

describeChannelContract("Web Push (VAPID) against a local push service", {
  async start() {
    const service = await startPushTestService(vapid.publicKey);
    const good = JSON.stringify(service.subscribe("device-1"));
    const channel = new WebPushChannel({ publicKey: vapid.publicKey, privateKey: vapid.privateKey, subject: "mailto:tournee@example.org" });
    return {
      channel, goodAddress: good, refusedAddress: JSON.stringify(service.subscribe("gone")), refusedCode: "device_gone", secrets: [vapid.privateKey],
      received: () => service.received.map((r) => ({ to: r.device === "/device-1" ? good : r.device, text: r.body })), close: service.close,
    };
  },
  async startDown() {
    const channel = new WebPushChannel({ publicKey: vapid.publicKey, privateKey: vapid.privateKey, subject: "mailto:tournee@example.org", timeoutMs: 2000 });
    // A device of a service that is down: its keys are a real device's, its endpoint answers nothing.
    const service = await startPushTestService(vapid.publicKey);
    const { keys } = service.subscribe("device");
    await service.close();
    return { channel, address: JSON.stringify({ endpoint: `http://127.0.0.1:${await closedPort()}/device`, keys }), close: async () => {} };
  },
});
