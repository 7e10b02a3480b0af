/**
 * The driver of a published round of the demo day is ill: the coordinator hands the round to
 * another driver. The stops keep their order and times, the new driver's phone gets it at its
 * next sync and the former driver's no longer does; a driver who is not free, a volunteer's own
 * car and a started round are refused with why.
 */
import type { RoundAlerts, RoundDrivers } from "@tournee/domain";
import { MemoryOutbox, type PullResponse, type PushResponse, type Round } from "@tournee/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { VOLUNTEER_CAR } from "../../seed/plan-volunteer-car.js";
import { planMessages } from "../notifications/plan-messages.js";
import { startPublishedDemoDay, stopDemoApp } from "../../test-support/planning-runs.js";
import type { TestApp, TestClient } from "../../test-support/test-app.js";
import { dbDate } from "./coordinated-organisation.js";

/** A Thursday: the demo day is today, its rounds published; 07:00 in Paris, before they leave. */
const TODAY = "2026-03-05";
const VAN = "Camionnette frigorifique";
const TRUCK = "Camion frigorifique";

let app: TestApp;
let coordinator: TestClient;
let date: string;

/** A driver of the grocery with the demo password, available that day as given (minutes), or marked away. */
async function addDriver(name: string, email: string, day: { from: number; to: number; available: boolean }) {
  const prisma = app.db.prisma;
  const model = await prisma.user.findFirstOrThrow({ where: { email: "chauffeur1@tournee.test" }, include: { memberships: { where: { role: "driver" } } } });
  const organisationId = model.memberships[0]!.organisationId;
  const user = await prisma.user.create({ data: { email, displayName: name, passwordHash: model.passwordHash, memberships: { create: { organisationId, role: "driver" } } } });
  await prisma.driverAvailability.create({ data: { driverId: user.id, organisationId, date: dbDate(date), fromMinute: day.from, toMinute: day.to, available: day.available } });
  return user;
}

const roundOf = (vehicle: string) => app.db.prisma.tour.findFirstOrThrow({ where: { date: dbDate(date), vehicle: { name: vehicle } }, include: { driver: true } });
/** The round's stops with their number in driving order and their times. */
const stopsOf = (tourId: string) => app.db.prisma.passage.findMany({ where: { tourId }, orderBy: [{ sequence: "asc" }, { id: "asc" }], select: { id: true, sequence: true, plannedArrival: true, publishedArrival: true } });

beforeAll(async () => {
  ({ app, date, coordinator } = await startPublishedDemoDay(TODAY, "06:00:00"));
}, 120_000);
afterAll(() => stopDemoApp(app));

describe("handing a round to another driver", () => {
  it("lists the drivers free over the round's hours first, the others with why not, and says a volunteer's car stays with her", async () => {
    const substitute = await addDriver("Lucie Remplaçante", "remplacante@tournee.test", { from: 6 * 60, to: 19 * 60, available: true });
    await addDriver("Marc Absent", "absent@tournee.test", { from: 0, to: 24 * 60, available: false });
    await addDriver("Paul Matin", "matin@tournee.test", { from: 7 * 60, to: 9 * 60, available: true });
    const van = await roundOf(VAN);
    const res = await coordinator.get<RoundDrivers>(`/api/tours/${van.id}/drivers`);
    expect(res.status, res.text).toBe(200);
    expect(res.body.blocked).toBeNull();
    expect(res.body.from).toMatch(/^\d\d:\d\d$/);
    const status = Object.fromEntries(res.body.drivers.map((d) => [d.displayName, d.status]));
    expect(res.body.drivers[0]!.id).toBe(substitute.id);
    expect(status).toMatchObject({ "Lucie Remplaçante": "free", "Marc Absent": "unavailable", "Paul Matin": "other_hours", [van.driver!.displayName]: "current" });
    const truck = await roundOf(TRUCK);
    const busy = res.body.drivers.find((d) => d.id === truck.driverId)!;
    expect([busy.status, busy.round?.vehicle]).toEqual(["busy", TRUCK]);
    expect(res.body.drivers.find((d) => d.displayName === "Paul Matin")!.hours).toEqual([{ from: "07:00", to: "09:00" }]);

    const car = await roundOf(VOLUNTEER_CAR);
    expect((await coordinator.get<RoundDrivers>(`/api/tours/${car.id}/drivers`)).body.blocked).toBe("own_car");
  });

  it("refuses a driver who is not free, a volunteer's own car and a bad body, naming the field, and changes nothing", async () => {
    const prisma = app.db.prisma;
    const van = await roundOf(VAN);
    const truck = await roundOf(TRUCK);
    const away = await prisma.user.findFirstOrThrow({ where: { email: "absent@tournee.test" } });
    const early = await prisma.user.findFirstOrThrow({ where: { email: "matin@tournee.test" } });
    const substitute = await prisma.user.findFirstOrThrow({ where: { email: "remplacante@tournee.test" } });
    for (const driverId of [away.id, early.id, truck.driverId!]) {
      const refused = await coordinator.put<{ code: string; errors: { path: string }[] }>(`/api/tours/${van.id}/driver`, { driverId });
      expect([refused.status, refused.body.code, refused.body.errors[0]!.path]).toEqual([409, "driver_not_free", "driverId"]);
    }
    const car = await roundOf(VOLUNTEER_CAR);
    const own = await coordinator.put<{ code: string; detail: string }>(`/api/tours/${car.id}/driver`, { driverId: substitute.id });
    expect([own.status, own.body.code]).toEqual([422, "own_car"]);
    expect(own.body.detail).toContain("broken down");
    const bad = await coordinator.put(`/api/tours/${van.id}/driver`, { driverId: "Lucie" });
    expect([bad.status, bad.text.includes("driverId")]).toEqual([400, true]);
    expect(await roundOf(VAN)).toEqual(van);
    expect(await roundOf(VOLUNTEER_CAR)).toEqual(car);
  });

  it("hands the round over keeping its stops and times: the new driver's phone gets it, the former driver's forgets it", async () => {
    const prisma = app.db.prisma;
    const van = await roundOf(VAN);
    const before = await stopsOf(van.id);
    expect(before.length).toBeGreaterThan(0);
    const substitute = await prisma.user.findFirstOrThrow({ where: { email: "remplacante@tournee.test" } });
    const former = await app.client().login(van.driver!.email!);
    const first = (await former.get<PullResponse>("/api/sync/pull")).body;
    expect(first.tours.map((t) => t.id)).toContain(van.id);

    // Messages already due are planned first, so what follows is the change's.
    await planMessages(app.services);
    const told = (userId: string) => prisma.notification.count({ where: { kind: "round_changed", userId } });
    const formerTold = await told(van.driverId!);

    const res = await coordinator.put<RoundDrivers>(`/api/tours/${van.id}/driver`, { driverId: substitute.id });
    expect(res.status, res.text).toBe(200);
    expect(res.body.driver).toEqual({ id: substitute.id, displayName: "Lucie Remplaçante" });
    expect(res.body.drivers.find((d) => d.id === substitute.id)!.status).toBe("current");
    const after = await prisma.tour.findUniqueOrThrow({ where: { id: van.id } });
    expect([after.driverId, after.version, after.status]).toEqual([substitute.id, van.version + 1, "published"]);
    expect(await stopsOf(van.id)).toEqual(before);
    const audit = await prisma.auditEntry.findFirstOrThrow({ where: { entity: "Tour", entityId: van.id, action: "change_driver" } });
    expect(audit.changes).toEqual({ driverId: { from: van.driverId, to: substitute.id }, version: van.version + 1, reason: "absent" });

    // The new driver is told the round changed (email and push); the former driver is told nothing more.
    await planMessages(app.services);
    expect(await told(substitute.id)).toBeGreaterThan(0);
    expect(await told(van.driverId!)).toBe(formerTold);

    // The new driver's phone: the round at its new version, stops in the same order and at the same times.
    const taking = await app.client().login("remplacante@tournee.test");
    const pulled = (await taking.get<PullResponse>("/api/sync/pull")).body.tours.find((t) => t.id === van.id);
    expect(pulled?.version).toBe(van.version + 1);
    const round = await taking.get<Round>(`/api/tours/${van.id}/round`);
    expect(round.status, round.text).toBe(200);
    const asPlanned = (id: string, sequence: number | null, at: string | null) => `${sequence} ${id} ${at}`;
    expect(round.body.passages.map((p) => asPlanned(p.id, p.sequence, p.plannedArrival)).sort()).toEqual(before.map((p) => asPlanned(p.id, p.sequence, p.plannedArrival?.toISOString() ?? null)).sort());

    // The former driver's phone: no longer listed, named as handed over.
    const again = (await former.get<PullResponse>(`/api/sync/pull?cursor=${encodeURIComponent(first.cursor)}`)).body;
    expect(again.tours.map((t) => t.id)).not.toContain(van.id);
    expect(again.reassigned).toEqual([{ id: van.id, date }]);
    expect((await former.get(`/api/tours/${van.id}/round`)).status).toBe(404);
  });

  it("keeps what the former driver's phone recorded offline on the round as facts, for the coordinator to check, but not its close nor its cash in the new driver's", async () => {
    const prisma = app.db.prisma;
    const van = await roundOf(VAN);
    const audit = await prisma.auditEntry.findFirstOrThrow({ where: { entity: "Tour", entityId: van.id, action: "change_driver" } });
    const formerUser = await prisma.user.findUniqueOrThrow({ where: { id: (audit.changes as { driverId: { from: string } }).driverId.from } });
    const former = await app.client().login(formerUser.email!);
    const stop = await prisma.passage.findFirstOrThrow({ where: { tourId: van.id, orders: { some: { status: { not: "cancelled" } } } }, orderBy: { sequence: "asc" }, include: { stop: true, orders: { include: { household: true } } } });
    const order = stop.orders.find((o) => o.status !== "cancelled")!;
    // Done at the first stop before the phone heard of the handover, and sent once back in signal.
    const phone = new MemoryOutbox("0190a000-0000-7000-8000-00000000f201");
    const at = (time: string) => new Date(`${date}T${time}:00Z`);
    const on = { tourId: van.id, passageId: stop.id };
    const mutations = [
      await phone.enqueue({ kind: "passage.arrived", payload: on, deviceTime: at("07:30") }),
      await phone.enqueue({ kind: "order.handed_over", payload: { ...on, orderId: order.id, lines: [] }, deviceTime: at("07:32") }),
      await phone.enqueue({ kind: "payment.taken", payload: { ...on, orderId: order.id, method: "cash", amountCents: 350 }, deviceTime: at("07:33") }),
      await phone.enqueue({ kind: "note.added", payload: { ...on, text: "Portail refait, sonner fort" }, deviceTime: at("07:34") }),
      await phone.enqueue({ kind: "tour.closed", payload: { tourId: van.id }, deviceTime: at("07:40") }),
    ];
    const pushed = await former.post<PushResponse>("/api/sync/push", { deviceId: phone.deviceId, mutations });
    expect(pushed.status, pushed.text).toBe(200);
    expect(pushed.body.results.map((r) => `${r.status}:${r.code ?? ""}`)).toEqual(["applied:conflict", "applied:conflict", "applied:conflict", "applied:conflict", "rejected:round_handed_over"]);

    // Facts on the round, which goes on with its new driver, not closed.
    const round = await prisma.tour.findUniqueOrThrow({ where: { id: van.id } });
    expect([round.driverId, round.status, round.closedAt]).toEqual([van.driverId, "in_progress", null]);
    expect((await prisma.passage.findUniqueOrThrow({ where: { id: stop.id } })).arrivedAt).toEqual(at("07:30"));
    expect((await prisma.handover.findUniqueOrThrow({ where: { orderId: order.id } })).driverId).toBe(formerUser.id);
    // The household paid the former driver: the new driver's phone does not ask again, nor expect that cash from its driver.
    const taking = await app.client().login("remplacante@tournee.test");
    const theirs = (await taking.get<PullResponse>("/api/sync/pull")).body.tours.find((t) => t.id === van.id)!;
    expect(theirs.takings.cash).toBe(0);
    const downloaded = await taking.get<Round>(`/api/tours/${van.id}/round`);
    const paid = downloaded.body.passages.flatMap((p) => p.orders).find((o) => o.id === order.id)!;
    expect(paid.paidCents).toBe(350);

    // The coordinator has each of them to check: what, when and by whom, on which stop.
    const alerts = await coordinator.get<RoundAlerts>(`/api/round-alerts?from=${date}&to=${date}`);
    const handedOver = alerts.body.conflicts.filter((c) => c.rule === "round_handed_over" && c.tourId === van.id);
    expect(handedOver.map((c) => [c.change?.kind, c.stopName, c.change?.by?.displayName, c.change?.at])).toEqual(expect.arrayContaining([
      ["passage.arrived", stop.stop.name, formerUser.displayName, at("07:30").toISOString()],
      ["order.handed_over", stop.stop.name, formerUser.displayName, at("07:32").toISOString()],
      ["payment.taken", stop.stop.name, formerUser.displayName, at("07:33").toISOString()],
      ["note.added", stop.stop.name, formerUser.displayName, at("07:34").toISOString()],
      ["tour.closed", null, formerUser.displayName, at("07:40").toISOString()],
    ]));
    expect(handedOver).toHaveLength(5);
    const payment = handedOver.find((c) => c.change?.kind === "payment.taken")!;
    expect([payment.change?.amountCents, payment.household?.name]).toEqual([350, order.household.name]);
    expect(handedOver.find((c) => c.change?.kind === "note.added")!.change?.text).toBe("Portail refait, sonner fort");

    // What never was on that round stays refused, and told to the coordinator all the same.
    const elsewhere = await prisma.passage.findFirstOrThrow({ where: { tourId: (await roundOf(TRUCK)).id } });
    const stray = await phone.enqueue({ kind: "passage.arrived", payload: { tourId: van.id, passageId: elsewhere.id }, deviceTime: at("07:50") });
    const refused = await former.post<PushResponse>("/api/sync/push", { deviceId: phone.deviceId, mutations: [stray] });
    expect(refused.body.results.map((r) => `${r.status}:${r.code ?? ""}`)).toEqual(["rejected:not_your_round"]);
    expect((await prisma.passage.findUniqueOrThrow({ where: { id: elsewhere.id } })).arrivedAt).toBeNull();
    expect(await prisma.syncConflict.count({ where: { rule: "round_handed_over", mutationId: stray.id } })).toBe(1);
  });

  it("tells the coordinators of a change from the former driver's phone that the server failed on every time", async () => {
    const prisma = app.db.prisma;
    const van = await roundOf(VAN);
    const audit = await prisma.auditEntry.findFirstOrThrow({ where: { entity: "Tour", entityId: van.id, action: "change_driver" } });
    const formerUser = await prisma.user.findUniqueOrThrow({ where: { id: (audit.changes as { driverId: { from: string } }).driverId.from } });
    const former = await app.client().login(formerUser.email!);
    const stop = await prisma.passage.findFirstOrThrow({ where: { tourId: van.id }, orderBy: { sequence: "asc" } });
    await prisma.$executeRawUnsafe(`CREATE FUNCTION always_fail() RETURNS trigger AS $$ BEGIN IF NEW.text = 'poison' THEN RAISE EXCEPTION 'a bug'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`);
    await prisma.$executeRawUnsafe(`CREATE TRIGGER always_fail BEFORE INSERT ON "DriverNote" FOR EACH ROW EXECUTE FUNCTION always_fail()`);
    try {
      const phone = new MemoryOutbox("0190a000-0000-7000-8000-00000000f202");
      const note = await phone.enqueue({ kind: "note.added", payload: { tourId: van.id, passageId: stop.id, text: "poison" }, deviceTime: new Date(`${date}T07:45:00Z`) });
      let last: PushResponse | undefined;
      for (let tries = 0; tries < 3; tries++) last = (await former.post<PushResponse>("/api/sync/push", { deviceId: phone.deviceId, mutations: [note] })).body;
      expect(last!.results.map((r) => `${r.status}:${r.code ?? ""}`)).toEqual(["rejected:server_error"]);
      const alerts = await coordinator.get<RoundAlerts>(`/api/round-alerts?from=${date}&to=${date}`);
      const failed = alerts.body.conflicts.filter((c) => c.rule === "server_error" && c.tourId === van.id);
      expect(failed.map((c) => [c.change?.kind, c.change?.by?.displayName, c.stopName])).toEqual([["note.added", formerUser.displayName, (await prisma.stop.findUniqueOrThrow({ where: { id: stop.stopId } })).name]]);
      expect((await prisma.syncConflict.findFirstOrThrow({ where: { mutationId: note.id } })).passageId).toBe(stop.id);
    } finally {
      await prisma.$executeRawUnsafe(`DROP TRIGGER always_fail ON "DriverNote"`);
      await prisma.$executeRawUnsafe(`DROP FUNCTION always_fail()`);
    }
  });

  it("records the former driver as away that day, which planning and the list follow, and which is removed like any day off", async () => {
    const prisma = app.db.prisma;
    const van = await roundOf(VAN);
    const audit = await prisma.auditEntry.findFirstOrThrow({ where: { entity: "Tour", entityId: van.id, action: "change_driver" } });
    const formerId = (audit.changes as { driverId: { from: string } }).driverId.from;
    const dayOf = (driverId: string) => prisma.driverAvailability.findMany({ where: { driverId, date: dbDate(date) }, select: { available: true, fromMinute: true, toMinute: true } });
    expect(await dayOf(formerId)).toEqual([{ available: false, fromMinute: 0, toMinute: 24 * 60 }]);
    const truck = await roundOf(TRUCK);
    const statusOf = async (tourId: string, driverId: string) => (await coordinator.get<RoundDrivers>(`/api/tours/${tourId}/drivers`)).body.drivers.find((d) => d.id === driverId)!.status;
    expect(await statusOf(truck.id, formerId)).toBe("unavailable");
    const drivers = await coordinator.get<{ id: string; availability: { date: string | null; available: boolean }[] }[]>("/api/drivers");
    expect(drivers.body.find((d) => d.id === formerId)!.availability.filter((a) => a.date === date)).toMatchObject([{ available: false }]);

    // Undone as any day off: the coordinator removes the date from the driver's availability.
    const weekly = await prisma.driverAvailability.findMany({ where: { driverId: formerId, weekday: { not: null } }, select: { weekday: true, fromMinute: true, toMinute: true } });
    const organisationId = van.organisationId;
    const undone = await coordinator.put(`/api/drivers/${formerId}/availability`, { organisationId, weekly, dated: [] });
    expect(undone.status, undone.text).toBe(200);
    expect(await dayOf(formerId)).toEqual([]);
    expect(await statusOf(van.id, formerId)).not.toBe("unavailable");

    // A swap between two drivers who both work that day leaves the former one's availability alone.
    const swapping = await addDriver("Jean Échange", "echange@tournee.test", { from: 5 * 60, to: 20 * 60, available: true });
    const swap = await coordinator.put<RoundDrivers>(`/api/tours/${truck.id}/driver`, { driverId: swapping.id, reason: "swap" });
    expect(swap.status, swap.text).toBe(200);
    expect(await dayOf(truck.driverId!)).toEqual([]);
    expect(swap.body.drivers.find((d) => d.id === truck.driverId)!.status).toBe("free");
    const back = await coordinator.put<RoundDrivers>(`/api/tours/${truck.id}/driver`, { driverId: truck.driverId, reason: "swap" });
    expect(back.status, back.text).toBe(200);
    expect(await dayOf(swapping.id)).toMatchObject([{ available: true }]);
    const bad = await coordinator.put(`/api/tours/${truck.id}/driver`, { driverId: swapping.id, reason: "malade" });
    expect([bad.status, bad.text.includes("reason")]).toEqual([400, true]);
  });

  it("refuses a round already started, saying to report a breakdown instead", async () => {
    const prisma = app.db.prisma;
    const truck = await roundOf(TRUCK);
    const first = await prisma.passage.findFirstOrThrow({ where: { tourId: truck.id }, orderBy: { sequence: "asc" } });
    await prisma.passage.update({ where: { id: first.id }, data: { arrivedAt: new Date(`${date}T07:47:00Z`) } });
    const substitute = await prisma.user.findFirstOrThrow({ where: { email: "remplacante@tournee.test" } });
    expect((await coordinator.get<RoundDrivers>(`/api/tours/${truck.id}/drivers`)).body.blocked).toBe("started");
    const refused = await coordinator.put<{ code: string; detail: string }>(`/api/tours/${truck.id}/driver`, { driverId: substitute.id });
    expect([refused.status, refused.body.code]).toEqual([409, "tour_started"]);
    expect(refused.body.detail).toContain("breakdowns");
    expect((await roundOf(TRUCK)).driverId).toBe(truck.driverId);
  });
});
