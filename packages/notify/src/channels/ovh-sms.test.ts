/**
 * The OVHcloud adapter against a local stand-in that checks each request as OVHcloud documents
 * it: the application and consumer keys, a timestamp close to the API's clock, the `$1$` SHA-1
 * signature over secret, consumer key, method, URL, body and timestamp, and a job body with
 * receivers in international format and `noStopClause` for transactional messages.
 */
import { expect, it } from "vitest";
import { OvhSmsChannel, ovhSignature, readOvhReceipt, readOvhReply, type OvhSmsOptions } from "./ovh-sms.js";
import { describeChannelContract } from "./test-support/channel-contract.js";
import { closedPort, json, startLocalServer } from "./test-support/local-server.js";

const KEYS = { applicationKey: "ak-tournee", applicationSecret: "as-very-secret", consumerKey: "ck-tournee", serviceName: "sms-ab12345-1" };
const SERVER_TIME = 1_800_000_000;

async function startOvh() {
  const received: { to: string; text: string }[] = [];
  const server = await startLocalServer((req, res, body) => {
    const url = `${base}${req.url}`;
    if (req.method === "GET" && req.url === "/1.0/auth/time") return json(res, 200, SERVER_TIME);
    if (req.method !== "POST" || req.url !== `/1.0/sms/${KEYS.serviceName}/jobs`) return json(res, 404, { message: "unknown path" });
    const ts = Number(req.headers["x-ovh-timestamp"]);
    if (req.headers["x-ovh-application"] !== KEYS.applicationKey) return json(res, 403, { errorCode: "INVALID_KEY", message: "Invalid application key" });
    if (!Number.isInteger(ts) || Math.abs(ts - SERVER_TIME) > 60) return json(res, 400, { message: "Query out of time" });
    if (req.headers["x-ovh-signature"] !== ovhSignature(KEYS.applicationSecret, KEYS.consumerKey, "POST", url, body, ts)) return json(res, 400, { errorCode: "INVALID_SIGNATURE", message: "Invalid signature" });
    const job = JSON.parse(body) as { message?: string; receivers?: string[]; noStopClause?: boolean; senderForResponse?: boolean; sender?: string };
    if (typeof job.message !== "string" || !Array.isArray(job.receivers) || job.receivers.length === 0) return json(res, 400, { message: "Missing parameter message or receivers" });
    if (job.noStopClause !== true) return json(res, 400, { message: "transactional messages must not carry the STOP clause" });
    const invalid = job.receivers.filter((r) => !/^\+\d{8,15}$/.test(r) || r === "+33600000000");
    const valid = job.receivers.filter((r) => !invalid.includes(r));
    for (const to of valid) received.push({ to, text: job.message });
    json(res, 200, { totalCreditsRemoved: valid.length, invalidReceivers: invalid, validReceivers: valid, ids: valid.map(() => 10_000 + received.length), tag: "tournee" });
  });
  const base = server.url;
  return { ...server, received };
}

const options = (url: string): OvhSmsOptions => ({ endpoint: `${url}/1.0`, ...KEYS });

describeChannelContract("OVHcloud SMS against a local API that checks signatures", {
  async start() {
    const ovh = await startOvh();
    return { channel: new OvhSmsChannel(options(ovh.url)), goodAddress: "+33639982001", refusedAddress: "+33600000000",
      secrets: [KEYS.applicationSecret, KEYS.consumerKey], received: () => ovh.received, close: ovh.close };
  },
  async startDown() {
    return { channel: new OvhSmsChannel({ ...options(`http://127.0.0.1:${await closedPort()}`), timeoutMs: 2000 }), address: "+33639982001", close: async () => {} };
  },
});

it("a wrong secret is refused by OVHcloud's signature check, for good", async () => {
  const ovh = await startOvh();
  try {
    const channel = new OvhSmsChannel({ ...options(ovh.url), applicationSecret: "wrong" });
    await expect(channel.send({ id: "m", to: "+33639982001", subject: "", text: "x", senderName: "" })).rejects.toMatchObject({ permanent: true, reason: expect.stringContaining("Invalid signature") });
  } finally {
    await ovh.close();
  }
});

it("reads delivery receipts and replies as OVHcloud sends them", () => {
  expect(readOvhReceipt({ id: "10001", dlr: "1" })).toEqual({ providerId: "10001", status: "delivered", reason: null });
  expect(readOvhReceipt({ id: "10001", dlr: "2" })).toMatchObject({ status: "failed" });
  expect(readOvhReceipt({ id: "10001", dlr: "8" })).toBeNull();
  expect(readOvhReply({ senderid: "0033639982001", message: "STOP" })).toEqual({ from: "+33639982001", text: "STOP" });
});
