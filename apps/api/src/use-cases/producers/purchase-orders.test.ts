/**
 * At the cutoff the purchase order is final: stored once as the orders stand, at the prices agreed
 * then, e-mailed once to the producer's staff, and the producer's portal says when it went.
 */
import type { ProducerWeek } from "@tournee/domain";
import { RecordedChannel, SmtpChannel } from "@tournee/notify/channels";
import { startSmtpTestServer, type SmtpTestServer } from "@tournee/notify/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp, type TestClient } from "../../test-support/test-app.js";
import { buildWorld, PASSWORD, type World } from "../../test-support/world.js";
import { addProducer, type ProducerWorld } from "../../test-support/world-producer.js";
import { useChannels } from "../notifications/channels.js";
import { dispatchDue } from "../notifications/dispatch-messages.js";
import { planMessages } from "../notifications/plan-messages.js";
import { sendMessage } from "../notifications/send-message.js";

/** The open passage of the world's round is on 2030-01-15; its orders close the day before at 18:00, Paris time. */
const DATE = "2030-01-15";
const BEFORE = new Date("2030-01-10T10:00:00Z");
const AFTER_CUTOFF = new Date("2030-01-14T17:30:00Z");

let app: TestApp;
let smtp: SmtpTestServer;
let w: World;
let farm: ProducerWorld;
let producer: TestClient;

async function pass(at: Date) {
  app.clock.now = at;
  await planMessages(app.services, at);
  await dispatchDue(app.services, (id) => sendMessage(app.services, id), at);
}

beforeAll(async () => {
  app = await startTestApp();
  app.clock.now = BEFORE;
  w = await buildWorld(app.db.prisma);
  farm = await addProducer(app.db.prisma, w);
  smtp = await startSmtpTestServer();
  useChannels(app.services, { email: new SmtpChannel({ url: smtp.url, from: "tournee@example.org" }), sms: new RecordedChannel("sms"), voice: new RecordedChannel("voice"), push: new RecordedChannel("push") });
  producer = await app.client().login(w.users.producer.email, PASSWORD);
  const resident = await app.client().login(w.users.resident.email, PASSWORD);
  const placed = await resident.post("/api/orders", { householdId: w.households.own, passageId: w.catalogue.passages.open, lines: [{ offerId: farm.offers.apples, quantity: 6 }] });
  expect(placed.status, placed.text).toBe(201);
});
afterAll(async () => {
  await smtp.close();
  await app.close();
});

describe("the purchase order at the cutoff", () => {
  it("is neither stored nor sent while residents can still order", async () => {
    await pass(BEFORE);
    expect(await app.db.prisma.purchaseOrder.count()).toBe(0);
    expect(await app.db.prisma.notification.count({ where: { kind: "purchase_order" } })).toBe(0);
  });

  it("is stored as the orders stand at the cutoff, e-mailed once to the producer, and keeps the price agreed then", async () => {
    await pass(AFTER_CUTOFF);
    const [po, ...others] = await app.db.prisma.purchaseOrder.findMany();
    expect(others).toEqual([]);
    const ordered = await app.db.prisma.orderLine.aggregate({ where: { offerId: farm.offers.apples, order: { status: { not: "cancelled" }, passage: { date: new Date(`${DATE}T00:00:00Z`) } } }, _sum: { quantity: true } });
    expect(po!.lines).toEqual([expect.objectContaining({ name: "Pommes", quantity: ordered._sum.quantity, producerPriceCents: 240 })]);
    expect(po!.totalCents).toBe(6 * 240);
    const mails = smtp.received.filter((m) => m.to === w.users.producer.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.text).toMatch(/Pommes \(sac 1 kg\) : 6 × 2,40\s€/);
    expect(mails[0]!.text).toMatch(/Total au prix convenu : 14,40\s€/);

    // A later change of the agreed price, or another pass, changes nothing of what was sent.
    await app.db.prisma.offer.update({ where: { id: farm.offers.apples }, data: { producerPriceCents: 300 } });
    await pass(new Date(AFTER_CUTOFF.getTime() + 120_000));
    expect((await app.db.prisma.purchaseOrder.findUniqueOrThrow({ where: { id: po!.id } })).totalCents).toBe(6 * 240);
    expect(smtp.received.filter((m) => m.to === w.users.producer.email)).toHaveLength(1);
    const printed = (await producer.get(`/api/purchase-order?producerId=${w.org.farm}&buyerId=${w.org.groceryA}&date=${DATE}`)).text;
    expect(printed).toMatch(/<td>Pommes<\/td><td>sac 1 kg<\/td><td class="n">6<\/td><td class="n">2,40\s€<\/td>/);
  });

  it("shows the producer when its purchase order was sent, and where", async () => {
    const week = (await producer.get<ProducerWeek>(`/api/producer/week?from=2030-01-10`)).body;
    const day = week.dates.find((d) => d.date === DATE)!;
    expect(day.sent).toEqual([{ at: expect.any(String), to: w.users.producer.email }]);
  });
});
