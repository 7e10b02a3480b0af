import { backoffDelay } from "@tournee/sync";
import { describe, expect, it } from "vitest";
import { PROBE_EVERY_MS, probeDue, serverAnswers } from "./resync";

describe("resync after an outage", () => {
  it("probes at most every 30 s while changes wait, long before the push backoff would try again", () => {
    const waiting = { pending: 3, failures: 6, paused: false };
    // Six failures in a row: the pusher would wait up to 5 minutes.
    expect(backoffDelay(6, { random: () => 1 })).toBe(64_000);
    expect(backoffDelay(9, { random: () => 1 })).toBe(300_000);
    expect(probeDue(waiting, 100_000, 100_000 - PROBE_EVERY_MS)).toBe(true);
    expect(probeDue(waiting, 100_000, 100_000 - PROBE_EVERY_MS + 1)).toBe(false);
    expect(probeDue({ ...waiting, pending: 0 }, 100_000, 0)).toBe(false);
    expect(probeDue({ ...waiting, failures: 0 }, 100_000, 0)).toBe(false);
    expect(probeDue({ ...waiting, paused: true }, 100_000, 0)).toBe(false);
  });

  it("counts the server back only when /healthz answers", async () => {
    const answering = (async () => new Response("ok")) as unknown as typeof fetch;
    const gateway = (async () => new Response("bad gateway", { status: 502 })) as unknown as typeof fetch;
    const offline = (async () => {
      throw new TypeError("Failed to fetch");
    }) as unknown as typeof fetch;
    expect([await serverAnswers(answering), await serverAnswers(gateway), await serverAnswers(offline)]).toEqual([true, false, false]);
  });
});
