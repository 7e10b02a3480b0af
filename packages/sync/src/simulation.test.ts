/**
 * Fault injection: devices record changes and push them over a network that drops requests,
 * loses answers, duplicates, delays and reorders pushes, and to a server that restarts in the
 * middle of a batch and sometimes answers 401, with poison changes the server fails on every
 * time. Once the network heals, every change must have been settled exactly once, applied in
 * per-device order, and every outbox must be empty: a poison change is settled `server_error`
 * after a bounded number of pushes and never blocks the changes behind it.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MemoryOutbox } from "./memory-outbox.js";
import type { PushRequest } from "./protocol.js";
import { Pusher, type PushAnswer } from "./pusher.js";
import { MemoryServer } from "./test-support/memory-server.js";

const DEVICES = ["0190a000-0000-7000-8000-00000000000a", "0190a000-0000-7000-8000-00000000000b", "0190a000-0000-7000-8000-00000000000c"];

type Fault =
  | { f: "ok" }
  | { f: "dropRequest" }
  | { f: "dropAnswer" }
  | { f: "duplicate" }
  | { f: "delay" }
  | { f: "unauthorized" }
  | { f: "restart"; after: number; afterCommit: boolean };

type Action =
  | { a: "record"; device: number; reject: boolean; poison: boolean }
  | { a: "push"; device: number; fault: Fault }
  | { a: "deliver"; index: number }
  | { a: "signIn"; device: number };

const fault: fc.Arbitrary<Fault> = fc.oneof(
  fc.constant({ f: "ok" as const }),
  fc.constant({ f: "dropRequest" as const }),
  fc.constant({ f: "dropAnswer" as const }),
  fc.constant({ f: "duplicate" as const }),
  fc.constant({ f: "delay" as const }),
  fc.constant({ f: "unauthorized" as const }),
  fc.record({ f: fc.constant("restart" as const), after: fc.nat(4), afterCommit: fc.boolean() }),
  fc.record({ f: fc.constant("restart" as const), after: fc.nat(4), afterCommit: fc.boolean() }),
);
const device = fc.nat(DEVICES.length - 1);
const action: fc.Arbitrary<Action> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ a: fc.constant("record" as const), device, reject: fc.boolean(), poison: fc.oneof({ weight: 5, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }) }) },
  { weight: 4, arbitrary: fc.record({ a: fc.constant("push" as const), device, fault }) },
  { weight: 2, arbitrary: fc.record({ a: fc.constant("deliver" as const), index: fc.nat(20) }) },
  { weight: 1, arbitrary: fc.record({ a: fc.constant("signIn" as const), device }) },
);

const totals = { runs: 0, mutations: 0, restarts: 0, poisons: 0 };

async function run(actions: Action[], batchSize: number, healOrder: number[]): Promise<void> {
  const server = new MemoryServer();
  const inFlight: PushRequest[] = [];
  const faults: Fault[] = DEVICES.map(() => ({ f: "ok" }));
  let clock = Date.UTC(2026, 10, 26, 8);
  const outboxes = DEVICES.map((id) => new MemoryOutbox(id));
  const pushers = outboxes.map((outbox, i) => new Pusher({ outbox, batchSize, transport: (req) => send(req, faults[i]!) }));
  const expected = new Map<string, { device: string; seq: number; reject: boolean; poison: boolean }>();

  async function send(request: PushRequest, f: Fault): Promise<PushAnswer> {
    const copy = structuredClone(request);
    switch (f.f) {
      case "ok":
        return { kind: "ok", response: await server.handle(copy) };
      case "dropRequest":
        throw new Error("network unreachable");
      case "dropAnswer":
        await server.handle(copy);
        throw new Error("connection reset");
      case "duplicate":
        inFlight.push(structuredClone(request));
        return { kind: "ok", response: await server.handle(copy) };
      case "delay":
        inFlight.push(copy);
        throw new Error("timeout");
      case "unauthorized":
        return { kind: "unauthorized" };
      case "restart":
        server.planRestart(f.after, f.afterCommit);
        return { kind: "ok", response: await server.handle(copy) };
    }
  }

  async function deliver(index: number): Promise<void> {
    const [request] = inFlight.splice(index % inFlight.length, 1);
    await server.handle(request!).catch(() => undefined);
  }

  for (const step of actions) {
    clock += 60_000;
    if (step.a === "record") {
      const kind = step.poison ? "poison" : step.reject ? "reject" : "handover";
      const m = await outboxes[step.device]!.enqueue({ kind, payload: {}, deviceTime: new Date(clock) });
      expected.set(m.id, { device: m.deviceId, seq: m.seq, reject: step.reject && !step.poison, poison: step.poison });
    } else if (step.a === "push") {
      faults[step.device] = step.fault;
      await pushers[step.device]!.pushOnce();
    } else if (step.a === "deliver" && inFlight.length) await deliver(step.index);
    else if (step.a === "signIn") pushers[step.device]!.resume();
  }

  // The network heals: late packets arrive in any order, then every device pushes until done.
  for (const i of healOrder) if (inFlight.length) await deliver(i);
  while (inFlight.length) await deliver(0);
  faults.fill({ f: "ok" });
  const poisons = [...expected.values()].filter((m) => m.poison).length;
  for (const pusher of pushers) {
    pusher.resume();
    // Each poison change costs at most its bounded failures; nothing waits for ever.
    let step = await pusher.drain(1);
    for (let tries = 0; step !== "empty" && tries < 3 * poisons + 1; tries++) step = await pusher.drain(1);
    expect(step).toBe("empty");
  }

  for (const outbox of outboxes) expect(await outbox.count()).toBe(0);
  expect(server.registry.size).toBe(expected.size);
  const applied = server.effects.map((e) => e.mutationId);
  expect(new Set(applied).size).toBe(applied.length);
  const shouldApply = [...expected].filter(([, m]) => !m.reject && !m.poison).map(([id]) => id);
  expect(new Set(applied)).toEqual(new Set(shouldApply));
  for (const id of DEVICES) {
    const seqs = server.effects.filter((e) => e.deviceId === id).map((e) => e.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
  }
  const rejectedOnDevices = (await Promise.all(outboxes.map((o) => o.rejections()))).flat();
  expect(new Set(rejectedOnDevices.map((r) => r.id))).toEqual(new Set([...expected].filter(([, m]) => m.reject || m.poison).map(([id]) => id)));
  for (const r of rejectedOnDevices) expect(r.code).toBe(expected.get(r.id)!.poison ? "server_error" : "round_closed");
  totals.runs += 1;
  totals.mutations += expected.size;
  totals.restarts += server.restarts;
  totals.poisons += poisons;
}

describe("sync under injected faults", () => {
  it("settles every change exactly once, in per-device order, after the network heals", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(action, { minLength: 5, maxLength: 80, size: "max" }), fc.integer({ min: 1, max: 7 }), fc.array(fc.nat(20), { maxLength: 10 }), run),
      { numRuns: 3000 },
    );
    console.info(`fault injection: ${totals.runs} runs, ${totals.mutations} mutations, ${totals.restarts} server restarts mid-batch, ${totals.poisons} poison changes`);
    expect(totals.runs).toBeGreaterThanOrEqual(3000);
  }, 120_000);
});
