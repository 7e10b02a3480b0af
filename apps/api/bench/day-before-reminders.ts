/**
 * Queueing and sending the day-before times of a big round: N households (5,000 by default)
 * that chose e-mail, each with an order for the same passage. At 17:00 the day before, the
 * planner stores N messages, the dispatcher hands them to two workers of 8 lanes each (each id to
 * both, as two API instances would), and they go out through a real SMTP server started here (smtp-server).
 * Prints the time to plan and to send, throughput, peak memory, and checks that every household
 * got exactly one e-mail and that a second pass sends nothing.
 *
 *   npx tsx --conditions=source bench/day-before-reminders.ts [--households 5000]
 *   DATABASE_URL=postgres://user:pass@localhost/db npx tsx --conditions=source bench/day-before-reminders.ts
 */
import { randomUUID } from "node:crypto";
import { parseArgs } from "node:util";
import { RecordedChannel, SmtpChannel } from "@tournee/notify/channels";
import { startSmtpTestServer } from "@tournee/notify/testing";
import { pino } from "pino";
import { loadConfig } from "../src/config.js";
import { InProcessQueue } from "../src/jobs/in-process-queue.js";
import type { Services } from "../src/services.js";
import { createTestDatabase } from "../src/test-support/test-database.js";
import { useChannels } from "../src/use-cases/notifications/channels.js";
import { dispatchDue } from "../src/use-cases/notifications/dispatch-messages.js";
import { planMessages } from "../src/use-cases/notifications/plan-messages.js";
import { sendMessage } from "../src/use-cases/notifications/send-message.js";

const { values } = parseArgs({ options: { households: { type: "string", default: "5000" } } });
const N = Number(values.households);
const DAY = "2026-03-10";
const at = (hhmm: string, date = DAY) => new Date(`${date}T${hhmm}:00+01:00`);

async function main(): Promise<void> {
  const db = await createTestDatabase();
  const smtp = await startSmtpTestServer();
  const clock = { now: at("17:00", "2026-03-09") };
  const services: Services = { db, config: loadConfig({ LOG_LEVEL: "silent", NODE_ENV: "test" }), log: pino({ level: "silent" }), now: () => clock.now };
  useChannels(services, { email: new SmtpChannel({ url: smtp.url, from: "tournee@example.org" }), sms: new RecordedChannel("sms"), voice: new RecordedChannel("voice"), push: new RecordedChannel("push") });
  let peakRss = 0;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 100);
  try {
    const prisma = db.prisma;
    const org = await prisma.organisation.create({ data: { slug: "bench", name: "Tournée de la vallée", kind: "social_grocery" } });
    const coordinator = await prisma.user.create({ data: { email: "coord@bench.test", displayName: "Coordination" } });
    const stop = await prisma.stop.create({ data: { organisationId: org.id, kind: "halt", name: "Bourg — Place de l'Église", city: "Bourg", latitude: 46, longitude: 2 } });
    const passage = await prisma.passage.create({ data: { organisationId: org.id, stopId: stop.id, date: new Date(`${DAY}T00:00:00Z`), windowStart: at("10:05"), windowEnd: at("10:30"), cutoffAt: at("18:00", "2026-03-09") } });
    const ids = Array.from({ length: N }, () => randomUUID());
    for (let i = 0; i < N; i += 1000) {
      const chunk = ids.slice(i, i + 1000);
      await prisma.household.createMany({ data: chunk.map((id, k) => ({ id, organisationId: org.id, name: `Foyer ${i + k}`, addressLine: "1 rue", postcode: "23000", city: "Bourg", latitude: 46, longitude: 2, usualStopId: stop.id })) });
      await prisma.householdContact.createMany({ data: chunk.map((householdId, k) => ({ householdId, email: `foyer-${i + k}@bench.test` })) });
      await prisma.consent.createMany({ data: chunk.map((householdId) => ({ householdId, purpose: "email_reminders", givenAt: at("09:00", "2026-01-05") })) });
      await prisma.order.createMany({ data: chunk.map((householdId) => ({ organisationId: org.id, householdId, passageId: passage.id, channel: "phone" as const, enteredById: coordinator.id, cutoffAt: passage.cutoffAt, totalCents: 0, referenceTotalCents: 0, createdAt: at("09:00", "2026-03-02") })) });
    }
    console.log(`${N} households with an order and e-mail consent (${db.kind})`);

    const t0 = performance.now();
    const planned = await planMessages(services, clock.now);
    const t1 = performance.now();
    const workers = [new InProcessQueue(() => {}, 8), new InProcessQueue(() => {}, 8)];
    for (const w of workers) await w.work((id) => sendMessage(services, id));
    const handed = await dispatchDue(services, async (id) => {
      for (const w of workers) await w.send(id);
    }, clock.now);
    while ((await prisma.notification.count({ where: { status: { in: ["queued", "sending"] } } })) > 0) await new Promise((resolve) => setTimeout(resolve, 200));
    const t2 = performance.now();
    for (const w of workers) await w.stop();

    // A second pass, as the next tick or a restarted instance would do: nothing more goes.
    await planMessages(services, clock.now);
    await dispatchDue(services, (id) => sendMessage(services, id), clock.now);
    const recipients = smtp.received.map((m) => m.to);
    const statuses = await prisma.notification.groupBy({ by: ["status"], _count: true });
    console.log(`planned ${planned} messages in ${((t1 - t0) / 1000).toFixed(1)} s`);
    console.log(`handed ${handed} ids to 2 workers of 8 lanes (each id to both); ${smtp.received.length} sent in ${((t2 - t1) / 1000).toFixed(1)} s = ${(smtp.received.length / ((t2 - t1) / 1000)).toFixed(0)} messages/s`);
    console.log(`peak RSS ${(peakRss / 1024 / 1024).toFixed(0)} MiB`);
    console.log(`e-mails received ${recipients.length}, distinct recipients ${new Set(recipients).size}, statuses ${JSON.stringify(Object.fromEntries(statuses.map((s) => [s.status, s._count])))}`);
    if (recipients.length !== N || new Set(recipients).size !== N) {
      console.error("FAILED: every household must get exactly one e-mail");
      process.exitCode = 1;
    }
  } finally {
    clearInterval(sampler);
    await smtp.close();
    await db.close();
  }
}

await main();
