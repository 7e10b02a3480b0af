import { describe, expect, it } from "vitest";
import { backoffDelay } from "./backoff.js";
import { MemoryOutbox } from "./memory-outbox.js";
import { Pusher, type PushAnswer } from "./pusher.js";
import { MemoryServer } from "./test-support/memory-server.js";
import { uuidv7 } from "./uuid.js";

const DEVICE = "0190a000-0000-7000-8000-0000000000aa";
const at = new Date("2026-11-26T08:00:00Z");

describe("Pusher", () => {
  it("pauses on an expired session, keeps every change, and sends them after sign-in", async () => {
    const outbox = new MemoryOutbox(DEVICE);
    const server = new MemoryServer();
    let signedIn = false;
    const pusher = new Pusher({
      outbox,
      batchSize: 2,
      transport: async (req): Promise<PushAnswer> => (signedIn ? { kind: "ok", response: await server.handle(req) } : { kind: "unauthorized" }),
    });
    for (let i = 0; i < 5; i++) await outbox.enqueue({ kind: "handover", payload: { i }, deviceTime: at });
    expect(await pusher.drain(3)).toBe("paused");
    expect(await pusher.drain(3)).toBe("paused");
    expect(await outbox.count()).toBe(5);
    signedIn = true;
    pusher.resume();
    expect(await pusher.drain(3)).toBe("empty");
    expect(server.effects.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(pusher.snapshot()).toMatchObject({ pending: 0, paused: false, failures: 0 });
  });

  it("keeps changes after a failed push, counts failures and backs off", async () => {
    const outbox = new MemoryOutbox(DEVICE);
    const waits: number[] = [];
    const pusher = new Pusher({
      outbox,
      transport: async () => {
        throw new Error("offline");
      },
      sleep: async (ms) => void waits.push(ms),
      backoff: { random: () => 1 },
    });
    await outbox.enqueue({ kind: "note", payload: {}, deviceTime: at });
    expect(await pusher.drain(4)).toBe("failed");
    expect(waits).toEqual([2_000, 4_000, 8_000]);
    expect(pusher.snapshot()).toMatchObject({ pending: 0, failures: 4, lastError: "offline" });
    expect(await outbox.count()).toBe(1);
  });

  it("shows business rejections and does not block later changes", async () => {
    const outbox = new MemoryOutbox(DEVICE);
    const server = new MemoryServer();
    const pusher = new Pusher({ outbox, transport: async (req) => ({ kind: "ok", response: await server.handle(req) }) });
    await outbox.enqueue({ kind: "reject", payload: {}, deviceTime: at });
    await outbox.enqueue({ kind: "handover", payload: {}, deviceTime: at });
    expect(await pusher.drain()).toBe("empty");
    expect((await outbox.rejections()).map((r) => r.code)).toEqual(["round_closed"]);
    expect(server.effects).toHaveLength(1);
  });
});

describe("backoffDelay and uuidv7", () => {
  it("grows exponentially up to the cap", () => {
    expect([0, 1, 2, 3, 20].map((n) => backoffDelay(n, { random: () => 0 }))).toEqual([0, 1_000, 2_000, 4_000, 150_000]);
  });

  it("makes version-7 ids that sort by time", () => {
    const a = uuidv7(1_700_000_000_000);
    const b = uuidv7(1_700_000_000_001);
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(a < b).toBe(true);
    expect(a.slice(0, 13)).toBe("018bcfe5-6800");
  });
});

describe("Pusher and a sign-in during a push", () => {
  it("does not pause again on the 401 of a push sent before the person signed in again", async () => {
    const outbox = new MemoryOutbox(DEVICE);
    const server = new MemoryServer();
    let release: (answer: PushAnswer) => void = () => {};
    let calls = 0;
    const pusher = new Pusher({
      outbox,
      transport: async (req): Promise<PushAnswer> => (++calls === 1 ? new Promise((r) => (release = r)) : { kind: "ok", response: await server.handle(req) }),
    });
    await outbox.enqueue({ kind: "note", payload: {}, deviceTime: at });
    const first = pusher.pushOnce();
    while (calls === 0) await new Promise((r) => setTimeout(r, 1));
    pusher.resume();
    release({ kind: "unauthorized" });
    expect(await first).toBe("failed");
    expect(pusher.snapshot().paused).toBe(false);
    expect(await pusher.drain()).toBe("empty");
  });
});
