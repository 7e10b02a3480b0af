/** The behaviour every {@link Channel} adapter must have; each adapter's test runs it against its harness. */
import type { DeliveryFailureCode } from "@tournee/domain";
import { afterEach, describe, expect, it } from "vitest";
import { DeliveryFailure, type Channel, type OutgoingMessage } from "../port.js";

export interface ChannelHarness {
  channel: Channel;
  /** An address the provider accepts, and one it refuses for good. */
  goodAddress: string;
  refusedAddress: string;
  /** What the refusal of `refusedAddress` means (a recipient refused, unless said otherwise). */
  refusedCode?: DeliveryFailureCode;
  /** What reached the provider: recipient and text, in order. */
  received(): { to: string; text: string }[];
  /** Secrets the adapter holds, which must never appear in a failure's reason. */
  secrets: string[];
  close(): Promise<void>;
}

export interface ChannelContractOptions {
  /** A provider that is running and checks requests as its documentation says. */
  start(): Promise<ChannelHarness>;
  /** The same adapter configured towards a provider that is down. */
  startDown(): Promise<{ channel: Channel; address: string; close(): Promise<void> }>;
}

export const message = (to: string, n = 1): OutgoingMessage => ({
  id: `0190a000-0000-7000-8000-${String(n).padStart(12, "0")}`,
  to,
  subject: "Passage de demain",
  text: `Le camion passe demain vers 10 h 15, place de l'Église à Mainsat. Message ${n}`,
  senderName: "La tournée du Pays d'Aubusson",
  unsubscribeUrl: "http://localhost/desinscription/abc",
});

async function failureOf(promise: Promise<unknown>): Promise<DeliveryFailure> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(DeliveryFailure);
    return error as DeliveryFailure;
  }
  throw new Error("expected the send to fail");
}

export function describeChannelContract(name: string, options: ChannelContractOptions): void {
  describe(`Channel contract: ${name}`, () => {
    let harness: ChannelHarness | undefined;
    afterEach(async () => {
      await harness?.close();
      harness = undefined;
    });

    it("sends a message to the provider, which receives its recipient and text", async () => {
      harness = await options.start();
      const outcome = await harness.channel.send(message(harness.goodAddress));
      expect(outcome).toMatchObject({ outcome: "sent", provider: harness.channel.provider });
      const [received] = harness.received();
      expect(received?.to).toBe(harness.goodAddress);
      expect(received?.text).toContain("Le camion passe demain vers 10 h 15");
    });

    it("sends each of several concurrent messages exactly once", async () => {
      harness = await options.start();
      const h = harness;
      await Promise.all([1, 2, 3, 4, 5].map((n) => h.channel.send(message(h.goodAddress, n))));
      const texts = h.received().map((r) => r.text.match(/Message (\d)/)?.[1]).sort();
      expect(texts).toEqual(["1", "2", "3", "4", "5"]);
    });

    it("reports a refused recipient as a permanent failure with a readable reason and no secret", async () => {
      harness = await options.start();
      const failure = await failureOf(harness.channel.send(message(harness.refusedAddress)));
      expect(failure.permanent).toBe(true);
      expect(failure.code).toBe(harness.refusedCode ?? "recipient_refused");
      expect(failure.reason).not.toMatch(/\n/);
      for (const secret of harness.secrets) expect(failure.reason).not.toContain(secret);
    });

    it("reports a provider that is down as a temporary failure, to retry later", async () => {
      const down = await options.startDown();
      try {
        const failure = await failureOf(down.channel.send(message(down.address)));
        expect(failure.permanent).toBe(false);
        expect(failure.code).toBe("provider_unreachable");
      } finally {
        await down.close();
      }
    });
  });
}
