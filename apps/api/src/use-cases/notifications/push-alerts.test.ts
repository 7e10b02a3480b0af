/**
 * Web Push end to end on the demo, through a local push service that decrypts what a browser
 * would: a coordinator and a driver allow notifications on their phones; the demo day's round is
 * under way and late, its driver flags a wellbeing concern, and the round gets a new version. The
 * coordinator's phone is told of the concern and of the delay (without naming the household), the
 * driver's of the new version, each once, each opening the screen it is about.
 */
import { newVapidKeys } from "@tournee/notify/channels";
import { startPushTestService, type PushTestService } from "@tournee/notify/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stopPlanningQueue } from "../../jobs/planning-queue.js";
import { publishDemoDay, seedDemo, startDemoRound } from "../../seed/index.js";
import { startTestApp, type TestApp, type TestClient } from "../../test-support/test-app.js";
import { closeChannelsOf } from "./channels.js";
import { dispatchDue } from "./dispatch-messages.js";
import { planMessages } from "./plan-messages.js";
import { sendMessage } from "./send-message.js";

/** A Tuesday: the demo day is today. */
const TODAY = "2026-11-24";
const vapid = newVapidKeys();

let app: TestApp;
let service: PushTestService;
let coordinator: TestClient;
let driver: TestClient;
let tourId: string;
let round: { driver: string; vehicle: string };

async function pass() {
  await planMessages(app.services, app.clock.now);
  await dispatchDue(app.services, (id) => sendMessage(app.services, id), app.clock.now);
}

beforeAll(async () => {
  app = await startTestApp();
  Object.assign(app.services.config, { TOURNEE_VAPID_PUBLIC_KEY: vapid.publicKey, TOURNEE_VAPID_PRIVATE_KEY: vapid.privateKey });
  app.clock.now = new Date(`${TODAY}T08:00:00Z`);
  await seedDemo(app.db.prisma, { today: TODAY });
  await publishDemoDay(app.services, TODAY);
  service = await startPushTestService(vapid.publicKey);
  coordinator = await app.client().login("coordination@tournee.test");
  // The round through the demo resident's halt is under way and late; its driver's phone is the one we follow.
  tourId = (await startDemoRound(app.services, TODAY))!.tourId;
  const tour = await app.db.prisma.tour.findUniqueOrThrow({ where: { id: tourId }, include: { driver: true, vehicle: true } });
  round = { driver: tour.driver!.displayName, vehicle: tour.vehicle!.name };
  driver = await app.client().login(tour.driver!.email!);
}, 180_000);
afterAll(async () => {
  await service?.close();
  await closeChannelsOf(app.services);
  await stopPlanningQueue(app.services);
  await app?.close();
});

describe("Web Push for coordinators and drivers", () => {
  it("gives the server's public key to the app, and a person allows notifications on a device", async () => {
    expect((await coordinator.get<{ publicKey: string }>("/api/push/key")).body.publicKey).toBe(vapid.publicKey);
    expect((await coordinator.post<{ devices: number }>("/api/push/subscriptions", service.subscribe("coordinator-phone"))).body.devices).toBe(1);
    expect((await driver.post<{ devices: number }>("/api/push/subscriptions", service.subscribe("driver-phone"))).body.devices).toBe(1);
  });

  it("tells the coordinator's phone of a concern a driver flags and of a round running late, once, without naming the household", async () => {
    const passage = await app.db.prisma.passage.findFirstOrThrow({ where: { tourId, arrivedAt: null, orders: { some: { status: "confirmed" } } }, include: { orders: { include: { household: true } }, stop: true }, orderBy: { sequence: "asc" } });
    const household = passage.orders[0]!.household;
    app.clock.now = new Date(`${TODAY}T10:05:00Z`);
    const flagged = await driver.post<{ results: { status: string }[] }>("/api/sync/push", {
      deviceId: "0190a000-0000-7000-8000-00000000f1a9",
      mutations: [{ id: "0190a000-0000-7000-8000-0000000f1a90", deviceId: "0190a000-0000-7000-8000-00000000f1a9", seq: 1, deviceTime: app.clock.now.toISOString(), kind: "wellbeing.flagged",
        payload: { tourId, passageId: passage.id, householdId: household.id, reason: "Ne répond pas à la porte" } }],
    });
    expect(flagged.body.results[0], JSON.stringify(flagged.body)).toMatchObject({ status: "applied" });

    await pass();
    await pass();
    const toCoordinator = service.received.filter((m) => m.device === "/coordinator-phone");
    expect(toCoordinator.map((m) => m.title).sort()).toEqual(["Tournée en retard", `Un souci signalé par ${round.driver}`]);
    const concern = toCoordinator.find((m) => m.title.startsWith("Un souci"))!;
    expect(concern.body).toBe(`${round.driver} signale un souci de bien-être à ${passage.stop.city}, à 11 h 05. Ouvrez le suivi en direct pour le lire et dire ce qui est fait.`);
    expect(toCoordinator.find((m) => m.title === "Tournée en retard")!.body).toBe(
      `La tournée de ${round.driver} (${round.vehicle}) a environ 35 minutes de retard. Les foyers des arrêts suivants qui ont commandé en sont prévenus.`,
    );
    for (const m of toCoordinator) {
      expect(m.url).toBe("/coordination/direct");
      expect(m.body).not.toContain(household.name);
      expect(m.body).not.toContain("Ne répond pas");
    }
    // The driver's phone hears nothing of what is for the coordination.
    expect(service.received.filter((m) => m.device === "/driver-phone")).toEqual([]);
  });

  it("tells the driver's phone when a new version of the round is published, once, opening the rounds", async () => {
    // A coordinator re-publishes the day with a change: the round's version goes up, as publishing does.
    await app.db.prisma.tour.update({ where: { id: tourId }, data: { version: { increment: 1 } } });
    await pass();
    await pass();
    const toDriver = service.received.filter((m) => m.device === "/driver-phone");
    expect(toDriver).toHaveLength(1);
    expect(toDriver[0]).toMatchObject({ title: `Votre tournée du mardi 24 novembre a changé`, url: "/tournee" });
    expect(service.received.filter((m) => m.device === "/coordinator-phone")).toHaveLength(2);
    const pushed = await app.db.prisma.notification.findMany({ where: { channel: "push" } });
    expect(pushed.every((n) => n.status === "sent")).toBe(true);
  });
});
