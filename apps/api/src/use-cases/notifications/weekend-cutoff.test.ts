/**
 * A weekend on the demo: seeded on Saturday 5 December 2026, the demo day is Monday 7th, its
 * rounds published while its orders stay open until Sunday 18:00. Households who have not ordered
 * are reminded before that cutoff, during the day, never after it; once it has passed, nobody is
 * reminded to order for Monday (next week's window is reminded in its own time), and a reminder
 * that could not go before the cutoff is cancelled, not sent late. The social workers' weekly
 * digest waits for Monday morning.
 */
import { RecordedChannel } from "@tournee/notify/channels";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dbDate } from "../../db/db-date.js";
import { seedDemo } from "../../seed/index.js";
import { startTestApp, type TestApp } from "../../test-support/test-app.js";
import { useChannels } from "./channels.js";
import { dispatchDue } from "./dispatch-messages.js";
import { planMessages } from "./plan-messages.js";
import { sendMessage } from "./send-message.js";

let app: TestApp;
const MONDAY = "2026-12-07";
const CUTOFF = new Date("2026-12-06T17:00:00Z"); // Sunday 18:00 in Paris

async function pass(iso: string, dispatch = true) {
  app.clock.now = new Date(iso);
  await planMessages(app.services, app.clock.now);
  if (dispatch) await dispatchDue(app.services, (id) => sendMessage(app.services, id), app.clock.now);
}
const passagesOf = async (date: string) => (await app.db.prisma.passage.findMany({ where: { date: dbDate(date) }, select: { id: true } })).map((p) => p.id);
const remindersFor = async (date: string) =>
  app.db.prisma.notification.findMany({ where: { kind: { in: ["cutoff_reminder", "cutoff_reminder_relay"] }, passageId: { in: await passagesOf(date) } }, include: { events: { orderBy: { id: "asc" } } } });
const mondayReminders = () => remindersFor(MONDAY);

beforeAll(async () => {
  app = await startTestApp();
  await seedDemo(app.db.prisma, { today: "2026-12-05" });
  useChannels(app.services, { email: new RecordedChannel("email"), sms: new RecordedChannel("sms"), voice: new RecordedChannel("voice"), push: new RecordedChannel("push") });
}, 120_000);
afterAll(async () => {
  await app?.close();
});

describe("Monday's orders, open until Sunday 18:00", () => {
  it("are the cutoff the demo's Monday passages carry", async () => {
    const passages = await app.db.prisma.passage.findMany({ where: { date: dbDate(MONDAY), organisation: { kind: "social_grocery" } }, select: { cutoffAt: true } });
    expect(passages.length).toBeGreaterThan(0);
    expect(new Set(passages.map((p) => p.cutoffAt.toISOString()))).toEqual(new Set([CUTOFF.toISOString()]));
  });

  it("are reminded on Saturday evening for Sunday morning, after the quiet hours, and the reminders go then, before the cutoff", async () => {
    await pass("2026-12-05T20:30:00Z"); // Saturday 21:30: quiet hours
    const planned = await mondayReminders();
    expect(planned.length).toBeGreaterThan(0);
    for (const n of planned) {
      expect(n.status).toBe("scheduled");
      expect(n.dueAt.getTime()).toBeLessThan(CUTOFF.getTime());
      expect(n.dueAt.getTime()).toBeGreaterThanOrEqual(new Date("2026-12-06T07:00:00Z").getTime()); // not before 08:00
    }
    await pass("2026-12-06T07:00:00Z");
    const gone = await mondayReminders();
    expect(gone.map((n) => n.status)).toEqual(gone.map(() => "recorded"));
    // They went at that pass, Sunday 08:00, before the cutoff (their history's times are the database's clock, not the test's).
    for (const n of gone) expect(n.events.map((e) => e.status)).toEqual(["scheduled", "queued", "sending", "recorded"]);
  });

  it("are not reminded any more once the cutoff has passed, and a reminder still waiting then is cancelled, not sent late", async () => {
    const before = (await mondayReminders()).length;
    // A reminder that could not go before the cutoff (the server was down all Sunday).
    const late = (await mondayReminders())[0]!;
    await app.db.prisma.notification.update({ where: { id: late.id }, data: { status: "scheduled", dueAt: new Date("2026-12-06T16:30:00Z") } });
    await pass("2026-12-06T17:30:00Z"); // Sunday 18:30
    const after = await mondayReminders();
    expect(after).toHaveLength(before);
    expect(after.find((n) => n.id === late.id)).toMatchObject({ status: "cancelled", reason: "orders_closed" });
    const next = await remindersFor("2026-12-14");
    expect(next.length).toBeGreaterThan(0);
    for (const n of next) expect(n.dueAt.toISOString()).toBe("2026-12-12T09:00:00.000Z"); // Saturday 10:00 before next Sunday's cutoff
  });
});

describe("the social workers' weekly digest, on a weekend", () => {
  it("is not sent on Saturday or Sunday, but on Monday at 09:00", async () => {
    const digests = () => app.db.prisma.notification.findMany({ where: { kind: "eligibility_digest" } });
    expect(await digests()).toEqual([]); // the passes of Saturday evening and Sunday made none
    await pass("2026-12-07T08:00:00Z", false); // Monday 09:00
    const made = await digests();
    expect(made.length).toBeGreaterThan(0);
    for (const n of made) expect(n.dueAt.toISOString()).toBe("2026-12-07T08:00:00.000Z");
  });
});
