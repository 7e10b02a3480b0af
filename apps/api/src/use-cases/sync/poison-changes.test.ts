/**
 * No change can block a phone's queue for ever: text that cannot be stored is refused per change,
 * a change the server keeps failing on is settled `server_error` after a few pushes (kept for the
 * coordinator), and whatever a phone pushes is answered, never with a 500.
 */
import fc from "fast-check";
import { MemoryOutbox, MUTATION_KINDS, type Mutation, type PushResponse } from "@tournee/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { at, byStatus, startRoundApp } from "../../test-support/round-app.js";
import type { RoundWorld } from "../../test-support/round-world.js";
import { POISON_TEXT, poisoned } from "../../test-support/schema-arbitrary.js";
import type { TestApp, TestClient } from "../../test-support/test-app.js";
import type { World } from "../../test-support/world.js";

let app: TestApp;
let w: World;
let r: RoundWorld;
let driver: TestClient;

beforeAll(async () => {
  ({ app, w, r, driver } = await startRoundApp());
});
afterAll(() => app.close());

async function push(outbox: MemoryOutbox, mutations: Mutation[]): Promise<PushResponse> {
  const res = await driver.post<PushResponse>("/api/sync/push", { deviceId: outbox.deviceId, mutations });
  expect(res.status, res.text).toBe(200);
  return res.body;
}

describe("a change the server keeps failing on", () => {
  it("is settled server_error after three pushes, kept for the coordinator, and the changes behind it go through", async () => {
    const prisma = app.db.prisma;
    await prisma.$executeRawUnsafe(`CREATE FUNCTION always_fail() RETURNS trigger AS $$ BEGIN IF NEW.text = 'poison' THEN RAISE EXCEPTION 'a bug'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`);
    await prisma.$executeRawUnsafe(`CREATE TRIGGER always_fail BEFORE INSERT ON "DriverNote" FOR EACH ROW EXECUTE FUNCTION always_fail()`);
    try {
      const phone = new MemoryOutbox("0190a000-0000-7000-8000-00000000f201");
      const note = (text: string) => phone.enqueue({ kind: "note.added", payload: { tourId: w.tours.driverA1, passageId: r.halt, text }, deviceTime: at("10:00") });
      const queue = [await note("poison"), await note("après")];
      expect(byStatus((await push(phone, queue)).results)).toEqual(["deferred:deferred", "deferred:deferred"]);
      expect(byStatus((await push(phone, queue)).results)).toEqual(["deferred:deferred", "deferred:deferred"]);
      const third = await push(phone, queue);
      expect(byStatus(third.results)).toEqual(["rejected:server_error", "applied"]);
      expect(third.lastSeq).toBe(2);
      expect(byStatus((await push(phone, queue)).results)).toEqual(["rejected:server_error", "applied"]);
      const kept = await prisma.appliedMutation.findUniqueOrThrow({ where: { id: queue[0]!.id } });
      expect(kept.resultDetail).toMatchObject({ payload: { text: "poison" } });
      const conflict = await prisma.syncConflict.findFirstOrThrow({ where: { mutationId: queue[0]!.id } });
      expect([conflict.rule, conflict.tourId, conflict.passageId]).toEqual(["server_error", w.tours.driverA1, r.halt]);
    } finally {
      await prisma.$executeRawUnsafe(`DROP TRIGGER always_fail ON "DriverNote"`);
      await prisma.$executeRawUnsafe(`DROP FUNCTION always_fail()`);
    }
  });
});

/** Changes a broken or hostile phone may queue, built once the world exists. */
function poisonChanges() {
  const ids = () => fc.constantFrom(r.halt, r.homeDrop, r.orders.referred, r.orders.other, r.lines.referredOil, w.households.referred, w.tours.driverA1, w.tours.driverA2);
  const text = fc.oneof(fc.string({ maxLength: 30 }), poisoned(fc.string({ maxLength: 30 })), fc.constantFrom(...POISON_TEXT));
  const value: fc.Arbitrary<unknown> = fc.oneof(text, ids(), fc.integer({ min: -10, max: 20_000_000 }), fc.constant(null), fc.array(fc.record({ lineId: fc.oneof(ids(), text), delivered: fc.integer({ min: -1, max: 5 }) }), { maxLength: 2 }));
  const payload = fc.record({
    tourId: fc.oneof({ weight: 4, arbitrary: fc.constant(w.tours.driverA1) }, { weight: 1, arbitrary: fc.oneof(ids(), text) }),
    passageId: ids(),
    orderId: ids(),
    householdId: ids(),
    lines: fc.array(fc.record({ lineId: ids(), delivered: fc.integer({ min: 0, max: 3 }) }), { maxLength: 2 }),
    method: fc.constantFrom("cash", "card", "voucher", "credit"),
    amountCents: fc.integer({ min: 0, max: 500 }),
    text,
    reason: text,
    note: text,
  }, { requiredKeys: [] }).chain((base) => fc.dictionary(fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom(...POISON_TEXT)), value, { maxKeys: 2 }).map((extra) => ({ ...base, ...(Object.keys(extra).length % 2 ? extra : {}) })));
  return fc.record({ kind: fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...MUTATION_KINDS.filter((k) => k !== "tour.closed")) }, { weight: 1, arbitrary: text }), payload });
}

describe("fuzzing a phone's queue with poison changes", () => {
  it("answers every push, and empties the queue within a few pushes whatever it holds", async () => {
    let device = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(poisonChanges(), { minLength: 1, maxLength: 6 }), async (changes) => {
        device += 1;
        const phone = new MemoryOutbox(`0190a000-0000-7000-8000-${String(device).padStart(12, "0")}`);
        for (const c of changes) await phone.enqueue({ kind: c.kind, payload: c.payload, deviceTime: at("11:00") });
        for (let tries = 0; (await phone.count()) > 0 && tries < 4; tries++) await phone.settle((await push(phone, await phone.pending(100))).results);
        expect(await phone.count(), "the queue is blocked").toBe(0);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 25) * 2 },
    );
  }, 600_000);
});
