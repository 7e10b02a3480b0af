/**
 * Messaging on the demo territory, driven by a test clock: each message goes out through a real
 * SMTP server at its time (never at night unless urgent), once, whatever runs twice; households'
 * choices and STOP are honoured at once. Today is Thursday 5 March 2026: Tuesday's round is on
 * the 10th (orders close Monday 9th at 18:00), Thursday's, which stops at Felletin where the
 * demo resident lives, on the 12th (orders close Wednesday 11th at 18:00).
 */
import { RecordedChannel, SmtpChannel } from "@tournee/notify/channels";
import { closedPort, startSmtpTestServer, type SmtpTestServer } from "@tournee/notify/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dbDate } from "../../db/db-date.js";
import { seedDemo } from "../../seed/index.js";
import { startTestApp, type TestApp } from "../../test-support/test-app.js";
import { useChannels } from "./channels.js";
import { dispatchDue } from "./dispatch-messages.js";
import { receiveReceipt } from "./opt-out.js";
import { planMessages } from "./plan-messages.js";
import { sendMessage } from "./send-message.js";

let app: TestApp;
let smtp: SmtpTestServer;
let resident: { householdId: string; passageId: string; email: string };
const SECRET = "a-webhook-secret-of-some-length";

/** One pass of the scheduler at `iso`, sending in this process. */
async function pass(iso: string) {
  app.clock.now = new Date(iso);
  await planMessages(app.services, app.clock.now);
  await dispatchDue(app.services, (id) => sendMessage(app.services, id), app.clock.now);
}
const mailsTo = (to: string) => smtp.received.filter((m) => m.to === to);
const rows = (where: object) => app.db.prisma.notification.findMany({ where, orderBy: { createdAt: "asc" } });

beforeAll(async () => {
  app = await startTestApp();
  await seedDemo(app.db.prisma, { today: "2026-03-05" });
  smtp = await startSmtpTestServer();
  useChannels(app.services, { email: new SmtpChannel({ url: smtp.url, from: "tournee@example.org" }), sms: new RecordedChannel("sms"), voice: new RecordedChannel("voice"), push: new RecordedChannel("push") });
  Object.assign(app.services.config, { TOURNEE_WEBHOOK_SECRET: SECRET, TOURNEE_PUBLIC_URL: "https://tournee.example.org" });
  const user = await app.db.prisma.user.findFirstOrThrow({ where: { email: "habitant@tournee.test" }, include: { householdAccess: { include: { household: true } } } });
  const household = user.householdAccess[0]!.household;
  const passage = await app.db.prisma.passage.findFirstOrThrow({ where: { stopId: household.usualStopId!, date: { gte: dbDate("2026-03-07") } }, orderBy: { date: "asc" } });
  // She has not ordered yet: the reminder is for her.
  await app.db.prisma.order.deleteMany({ where: { householdId: household.id } });
  resident = { householdId: household.id, passageId: passage.id, email: user.email! };
}, 120_000);
afterAll(async () => {
  await smtp?.close();
  await app?.close();
});

describe("a resident who chose e-mail", () => {
  it("gets the cutoff reminder at 10:00 the day before the cutoff, by e-mail, once", async () => {
    await pass("2026-03-05T11:00:00Z");
    const [planned] = await rows({ householdId: resident.householdId, kind: "cutoff_reminder" });
    expect(planned).toMatchObject({ status: "scheduled", channel: "email", address: resident.email });
    const passage = await app.db.prisma.passage.findUniqueOrThrow({ where: { id: resident.passageId } });
    expect(planned!.dueAt).toEqual(new Date(passage.cutoffAt.getTime() - 32 * 3600_000)); // 18:00 → 10:00 the day before
    expect(mailsTo(resident.email)).toEqual([]);

    const due = planned!.dueAt.toISOString();
    await pass(due);
    await pass(due);
    const mails = mailsTo(resident.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.text).toMatch(/^Bonjour, commandez avant mercredi 11 mars 18 h pour le passage du jeudi 12 mars \(Felletin, Place Quinault\)\. La tournée du Pays d'Aubusson/);
    expect(mails[0]!.text).toContain("https://tournee.example.org/desinscription/");
    expect(mails[0]!.raw).not.toMatch(/sociale|solidaire|bénéficiaire/i);
    expect((await rows({ id: planned!.id }))[0]).toMatchObject({ status: "sent", provider: "smtp", attempts: 1 });
  });

  it("orders, gets a confirmation, then the time the day before at 17:00", async () => {
    const offer = await app.db.prisma.offer.findFirstOrThrow({ where: { organisation: { slug: "demo-epicerie-solidaire-aubusson" }, active: true } });
    const household = await app.db.prisma.household.findUniqueOrThrow({ where: { id: resident.householdId } });
    await app.db.prisma.order.create({ data: { organisationId: household.organisationId, householdId: household.id, passageId: resident.passageId, channel: "phone", enteredById: (await app.db.prisma.user.findFirstOrThrow({ where: { email: "coordination@tournee.test" } })).id,
      cutoffAt: new Date("2026-03-11T17:00:00Z"), totalCents: 300, referenceTotalCents: 1000, createdAt: new Date("2026-03-10T10:00:00Z"), lines: { create: { offerId: offer.id, productId: offer.productId, quantity: 3, unitPriceCents: 100, referenceUnitPriceCents: 333, socialPrice: true } } } });
    await pass("2026-03-10T10:05:00Z");
    expect(mailsTo(resident.email).at(-1)!.text).toMatch(/^Votre commande \(3 articles\) pour le jeudi 12 mars est bien enregistrée\. Passage entre \d+ h( \d+)? et \d+ h/);
    await pass("2026-03-11T16:00:00Z");
    expect(mailsTo(resident.email).at(-1)!.text).toMatch(/^Le camion passe demain entre \d+ h/);
    expect(mailsTo(resident.email)).toHaveLength(3);
  });
});

describe("never at night, never twice", () => {
  it("a confirmation due at 21:30 waits for 08:00; an SMS with no provider is recorded, never 'sent'", async () => {
    const sms = await app.db.prisma.householdContact.findFirstOrThrow({ where: { mobile: { not: null } }, include: { household: true } });
    const passage = await app.db.prisma.passage.findFirstOrThrow({ where: { OR: [{ stopId: sms.household.usualStopId ?? "" }, { stop: { householdId: sms.householdId } }], date: { gte: dbDate("2026-03-10") } }, orderBy: { date: "asc" } });
    await app.db.prisma.order.deleteMany({ where: { householdId: sms.householdId } });
    const offer = await app.db.prisma.offer.findFirstOrThrow({ where: { organisationId: sms.household.organisationId, active: true } });
    await app.db.prisma.order.create({ data: { organisationId: sms.household.organisationId, householdId: sms.householdId, passageId: passage.id, channel: "phone", enteredById: (await app.db.prisma.user.findFirstOrThrow({ where: { email: "coordination@tournee.test" } })).id,
      cutoffAt: passage.cutoffAt, totalCents: 100, referenceTotalCents: 100, createdAt: new Date("2026-03-09T20:30:00Z"), lines: { create: { offerId: offer.id, productId: offer.productId, quantity: 1, unitPriceCents: 100, referenceUnitPriceCents: 100, socialPrice: false } } } });
    await pass("2026-03-09T20:30:00Z"); // 21:30 in Paris
    const [confirmation] = await rows({ householdId: sms.householdId, kind: "order_confirmation" });
    expect(confirmation).toMatchObject({ status: "scheduled", channel: "sms", dueAt: new Date("2026-03-10T07:00:00Z") });
    await pass("2026-03-10T06:59:00Z");
    expect((await rows({ id: confirmation!.id }))[0]!.status).toBe("scheduled");
    await pass("2026-03-10T07:00:00Z");
    const done = (await rows({ id: confirmation!.id }))[0]!;
    expect(done).toMatchObject({ status: "recorded", sentAt: null, reason: "no_provider:sms" });
  });

  it("two planners and two workers on the same messages store and send each once", async () => {
    app.clock.now = new Date("2026-03-11T09:00:00Z");
    await Promise.all([planMessages(app.services, app.clock.now), planMessages(app.services, app.clock.now)]);
    const keys = (await app.db.prisma.notification.findMany({ select: { dedupeKey: true } })).map((r) => r.dedupeKey);
    expect(new Set(keys).size).toBe(keys.length);

    const coordinator = await app.db.prisma.user.findFirstOrThrow({ where: { email: "coordination@tournee.test" }, include: { memberships: true } });
    const n = await app.db.prisma.notification.create({ data: { organisationId: coordinator.memberships[0]!.organisationId, kind: "coordinator_digest", channel: "email", dedupeKey: "test:twice",
      userId: coordinator.id, address: "coordination@tournee.test", locale: "fr", subject: "Point du jour", body: "Deux fois ?", dueAt: app.clock.now } });
    const handed: string[] = [];
    // Two dispatchers (two API instances) and, for each id they hand out, two workers.
    await Promise.all([dispatchDue(app.services, async (id) => void handed.push(id), app.clock.now), dispatchDue(app.services, async (id) => void handed.push(id), app.clock.now)]);
    expect(handed.filter((id) => id === n.id).length).toBeGreaterThanOrEqual(1);
    await Promise.all(handed.flatMap((id) => [sendMessage(app.services, id), sendMessage(app.services, id)]));
    expect(smtp.received.filter((m) => m.text.startsWith("Deux fois ?"))).toHaveLength(1);
    expect((await rows({ id: n.id }))[0]).toMatchObject({ status: "sent", attempts: 1 });
    // A restart hands it out again: still once.
    await sendMessage(app.services, n.id);
    expect(smtp.received.filter((m) => m.text.startsWith("Deux fois ?"))).toHaveLength(1);
  });
});

describe("a refused recipient and a server that is down", () => {
  const channels = (url: string) => ({ email: new SmtpChannel({ url, from: "tournee@example.org", timeoutMs: 1000 }), sms: new RecordedChannel("sms"), voice: new RecordedChannel("voice"), push: new RecordedChannel("push") });
  const message = async (address: string, key: string) => {
    const coordinator = await app.db.prisma.user.findFirstOrThrow({ where: { email: "coordination@tournee.test" }, include: { memberships: true } });
    return app.db.prisma.notification.create({ data: { organisationId: coordinator.memberships[0]!.organisationId, kind: "coordinator_digest", channel: "email", dedupeKey: key,
      userId: coordinator.id, address, locale: "fr", subject: "Point du jour", body: `Pour ${address}`, dueAt: app.clock.now } });
  };
  const sendDue = () => dispatchDue(app.services, (id) => sendMessage(app.services, id), app.clock.now);

  it("a recipient the server refuses fails at once with the server's words, without retrying", async () => {
    app.clock.now = new Date("2026-03-13T09:00:00Z");
    const n = await message("refuse@example.org", "test:refused");
    await sendDue();
    const [row] = await rows({ id: n.id });
    expect(row).toMatchObject({ status: "failed", attempts: 1 });
    expect(row!.reason).toMatch(/^recipient_refused refused by the e-mail server: 550 5\.1\.1 No such mailbox here/);
  });

  it("a server that is down is tried again later, and the message goes once it is back", async () => {
    useChannels(app.services, channels(`smtp://127.0.0.1:${await closedPort()}`));
    app.clock.now = new Date("2026-03-13T09:05:00Z");
    const n = await message("patient@example.org", "test:down");
    await sendDue();
    expect((await rows({ id: n.id }))[0]).toMatchObject({ status: "queued", attempts: 1, nextAttemptAt: new Date("2026-03-13T09:06:00Z") });
    expect((await rows({ id: n.id }))[0]!.reason).toMatch(/^retry:1\/5 provider_unreachable e-mail server unreachable/);
    await sendDue(); // not yet: the retry is due in a minute
    expect((await rows({ id: n.id }))[0]!.attempts).toBe(1);
    useChannels(app.services, channels(smtp.url));
    app.clock.now = new Date("2026-03-13T09:06:30Z");
    await sendDue();
    expect((await rows({ id: n.id }))[0]).toMatchObject({ status: "sent", attempts: 2 });
    expect(mailsTo("patient@example.org")).toHaveLength(1);
  });

  it("a provider's receipt of a message it could not deliver fails it with a code, keeping the provider's words after it", async () => {
    const n = await message("+33555123456", "test:receipt");
    await app.db.prisma.notification.update({ where: { id: n.id }, data: { channel: "sms", status: "sent", provider: "webhook", providerId: "gw-77" } });
    await receiveReceipt({ services: app.services, provider: "webhook", providerId: "gw-77", status: "failed", reason: "number not reachable" });
    const [row] = await app.db.prisma.notification.findMany({ where: { id: n.id }, include: { events: true } });
    expect(row).toMatchObject({ status: "failed", reason: "not_delivered number not reachable" });
    expect(row!.events.map((e) => e.reason)).toEqual(["not_delivered number not reachable"]);
  });
});

describe("the day's delay, from the driver's synced arrivals", () => {
  it("is told once past 15 minutes, even early in the morning, and again only when it grows by a quarter of an hour", async () => {
    const p = await app.db.prisma.passage.findUniqueOrThrow({ where: { id: resident.passageId } });
    const earlier = await app.db.prisma.passage.findFirstOrThrow({ where: { date: p.date, templateId: p.templateId, id: { not: p.id }, stop: { kind: "halt" } } });
    const later = await app.db.prisma.passage.findFirstOrThrow({ where: { date: p.date, templateId: p.templateId, id: { notIn: [p.id, earlier.id] }, stop: { kind: "halt" } } });
    const tour = await app.db.prisma.tour.create({ data: { organisationId: p.organisationId, date: p.date, status: "in_progress", version: 1, startedAt: new Date("2026-03-12T06:00:00Z") } });
    const at = (hhmm: string) => new Date(`2026-03-12T${hhmm}:00+01:00`);
    await app.db.prisma.passage.update({ where: { id: earlier.id }, data: { tourId: tour.id, sequence: 0, plannedArrival: at("07:00"), arrivedAt: at("07:32") } });
    await app.db.prisma.passage.update({ where: { id: p.id }, data: { tourId: tour.id, sequence: 1, plannedArrival: at("07:40") } });
    await app.db.prisma.passage.update({ where: { id: later.id }, data: { tourId: tour.id, sequence: 2, plannedArrival: at("08:30") } });
    const before = mailsTo(resident.email).length;
    await pass("2026-03-12T06:35:00Z"); // 07:35, still quiet hours: a delay goes all the same
    await pass("2026-03-12T06:36:00Z");
    const delays = mailsTo(resident.email).slice(before);
    expect(delays.map((m) => m.text.split("\n")[0])).toEqual(["Le camion a environ 30 minutes de retard. Nouvelle heure estimée : vers 8 h 12, Felletin, Place Quinault. La tournée du Pays d'Aubusson"]);

    await app.db.prisma.passage.update({ where: { id: earlier.id }, data: { arrivedAt: at("07:50") } });
    await pass("2026-03-12T06:52:00Z");
    await app.db.prisma.passage.update({ where: { id: earlier.id }, data: { arrivedAt: at("07:45") } });
    await pass("2026-03-12T06:55:00Z");
    const all = mailsTo(resident.email).slice(before).map((m) => m.text.split(".")[0]);
    expect(all).toEqual(["Le camion a environ 30 minutes de retard", "Le camion a environ 50 minutes de retard"]);
  });
});

describe("the referrer's weekly digest", () => {
  it("lists the households she follows whose file ends within 30 days, by e-mail on Monday", async () => {
    const referrer = await app.db.prisma.user.findFirstOrThrow({ where: { email: "ccas@tournee.test" } });
    const eligibility = await app.db.prisma.eligibility.findFirstOrThrow({ where: { referrerUserId: referrer.id, status: "active" }, include: { household: true } });
    await app.db.prisma.eligibility.update({ where: { id: eligibility.id }, data: { validTo: dbDate("2026-03-30") } });
    const earlier = mailsTo("ccas@tournee.test").length;
    await pass("2026-03-16T08:00:00Z");
    await pass("2026-03-16T10:00:00Z");
    const digest = mailsTo("ccas@tournee.test").slice(earlier);
    expect(digest).toHaveLength(1);
    expect(digest[0]!.text).toContain(`- ${eligibility.household.name} (${eligibility.household.city}) : jusqu'au lundi 30 mars`);
    expect(digest[0]!.raw).toMatch(/^Subject: =\?UTF-8\?Q\?Dossiers_=C3=A0_renouveler/m);
    expect(digest[0]!.text).not.toMatch(/éligib|sociale|bénéficiaire/i);
  });
});

describe("consent", () => {
  it("validates numbers with field errors, stores E.164, and records each channel's consent with its date", async () => {
    const client = await app.client().login("habitant@tournee.test");
    const path = `/api/households/${resident.householdId}/contact-preferences`;
    const base = { email: null, landline: null, viaRelay: false, quietStart: "20:00", quietEnd: "08:00", locale: "fr" };
    const bad = await client.request<{ code: string; errors: { path: string; message: string }[] }>("PUT", path, { json: { ...base, mobile: "12 34", channels: ["email", "sms"] } });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ path: "mobile", message: "phone_invalid" })]);
    const landlineAsMobile = await client.request<{ errors: { path: string; message: string }[] }>("PUT", path, { json: { ...base, mobile: "05 55 66 77 88", channels: ["sms"] } });
    expect(landlineAsMobile.body.errors).toEqual([expect.objectContaining({ path: "mobile", message: "phone_not_mobile" })]);
    expect((await client.request("PUT", path, { json: { ...base, mobile: null, channels: ["email"] } })).status).toBe(200);
    app.clock.now = new Date("2026-03-16T09:00:00Z");
    const ok = await client.request<{ mobile: string; channels: { channel: string; givenAt: string }[] }>("PUT", path, { json: { ...base, mobile: "06 39 98 77 66", channels: ["email", "sms"] } });
    expect(ok.status).toBe(200);
    expect(ok.body.mobile).toBe("+33639987766");
    expect(ok.body.channels).toContainEqual(expect.objectContaining({ channel: "sms", givenAt: "2026-03-16T09:00:00.000Z" }));
  });

  it("a STOP reply withdraws SMS consent at once and cancels what was waiting; a wrong secret is refused", async () => {
    const pending = await app.db.prisma.notification.create({ data: { organisationId: (await app.db.prisma.household.findUniqueOrThrow({ where: { id: resident.householdId } })).organisationId, kind: "day_before", channel: "sms", dedupeKey: "test:stop", householdId: resident.householdId, address: "+33639987766", locale: "fr", subject: "s", body: "b", dueAt: new Date("2026-03-20T16:00:00Z") } });
    const anyone = app.client();
    expect((await anyone.post("/api/notifications/webhook/replies", { from: "+33639987766", text: "STOP" })).status).toBe(401);
    const stop = await anyone.request<{ updated: number }>("POST", "/api/notifications/webhook/replies", { json: { from: "+33639987766", text: "Stop merci" }, headers: { authorization: `Bearer ${SECRET}` } });
    expect(stop.body).toEqual({ updated: 1 });
    const consent = await app.db.prisma.consent.findFirstOrThrow({ where: { householdId: resident.householdId, purpose: "sms_reminders" } });
    expect(consent.withdrawnAt).not.toBeNull();
    expect((await rows({ id: pending.id }))[0]).toMatchObject({ status: "cancelled", reason: "replied_stop" });
  });

  it("the opt-out link in an e-mail stops e-mails to that household at once", async () => {
    const mail = mailsTo(resident.email)[0]!;
    const token = mail.text.match(/desinscription\/([A-Za-z0-9_-]+)/)![1]!;
    const anyone = app.client();
    expect((await anyone.get(`/api/opt-out/${token}`)).body).toMatchObject({ channel: "email", senderName: "La tournée du Pays d'Aubusson", done: false });
    expect((await anyone.post(`/api/opt-out/${token}`)).body).toMatchObject({ done: true });
    const consent = await app.db.prisma.consent.findFirstOrThrow({ where: { householdId: resident.householdId, purpose: "email_reminders" } });
    expect(consent.withdrawnAt).not.toBeNull();
    const before = mailsTo(resident.email).length;
    await pass("2026-03-17T09:00:00Z");
    expect(mailsTo(resident.email)).toHaveLength(before);
  });
});

describe("Web Push, a choice per device", () => {
  it("a resident allowing notifications on her phone records her household's consent to that channel, with its date", async () => {
    const client = await app.client().login("habitant@tournee.test");
    app.clock.now = new Date("2026-03-18T10:00:00Z");
    const subscription = { endpoint: "https://push.example.org/phone-1", keys: { p256dh: "BNcRdreALRFXTkOOUHK1EtK2wtaz5Ry4YfYCA_0QTpQtUbVlUls0VJXg7A8u-Ts1XbjhazAkj7I99e8QcYP7DkM", auth: "tBHItJI5svbpez7KI4CCXg" } };
    expect((await client.post<{ devices: number }>("/api/push/subscriptions", subscription)).body).toEqual({ devices: 1 });
    const prefs = await client.get<{ pushDevices: number; channels: { channel: string; givenAt: string; evidence: string }[] }>(`/api/households/${resident.householdId}/contact-preferences`);
    expect(prefs.body.pushDevices).toBe(1);
    expect(prefs.body.channels).toContainEqual({ channel: "push", givenAt: "2026-03-18T10:00:00.000Z", evidence: "allowed notifications on a device" });
    expect((await client.post<{ devices: number }>("/api/push/subscriptions/remove", { endpoint: subscription.endpoint })).body).toEqual({ devices: 0 });
  });
});

describe("templates", () => {
  it("refuses words that would tell and unknown variables, and previews what a resident would read", async () => {
    const coordinator = await app.client().login("coordination@tournee.test");
    const refused = await coordinator.request<{ errors: { path: string; message: string }[] }>("PUT", "/api/message-templates/day_before/fr", { json: { subject: "Épicerie sociale", body: "Demain {{heure}} {{inconnue}}" } });
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual(expect.arrayContaining([{ in: "body", path: "subject", message: "forbidden_word:sociale" }, { in: "body", path: "body", message: "unknown_variable:inconnue" }]));
    const preview = await coordinator.post<{ body: string; smsParts: number }>("/api/message-templates/preview", { kind: "day_before", locale: "fr", subject: "Demain", body: "Bonjour {{foyer}}, le camion passe demain {{heure}}. {{expediteur}}" });
    expect(preview.body).toMatchObject({ body: "Bonjour Mme Martin, le camion passe demain vers 10 h 15. La tournée du Pays d'Aubusson", smsParts: 1 });
    const sender = await coordinator.request<{ errors: { message: string }[] }>("PUT", "/api/messaging-settings", { json: { senderName: "Épicerie solidaire" } });
    expect(sender.body.errors).toEqual([expect.objectContaining({ message: "forbidden_word:solidaire" })]);
  });
});
