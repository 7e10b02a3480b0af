import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp, type TestClient } from "../../test-support/test-app.js";
import { buildWorld, PASSWORD, ROUNDS_DAY, type World } from "../../test-support/world.js";

let app: TestApp;
let w: World;
let coordA: TestClient;

interface Problem { status: number; code: string; detail?: string }
interface Retired { driverId: string; organisationId: string; accountDisabled: boolean }


beforeAll(async () => {
  app = await startTestApp();
  w = await buildWorld(app.db.prisma);
  coordA = await app.client().login(w.users.coordA.email, PASSWORD);
});
afterAll(() => app.close());

const retire = (client: TestClient, driverId: string, organisationId = w.org.groceryA) => client.post<Retired & Problem>(`/api/drivers/${driverId}/retire`, { organisationId });
const listed = async () => (await coordA.get<{ id: string }[]>("/api/drivers")).body.map((d) => d.id);

describe("retiring a driver who left", () => {
  it("is refused while they have a published round to come, naming its date", async () => {
    app.clock.now = ROUNDS_DAY.before;
    const res = await retire(coordA, w.users.driverA1.id);
    expect(res.status).toBe(409);
    expect(res.body.code).toBe("rounds_to_come");
    expect(res.body.detail).toContain(ROUNDS_DAY.date);
    expect(await listed()).toContain(w.users.driverA1.id);
  });

  it("is not offered to a coordinator of another organisation", async () => {
    const coordB = await app.client().login(w.users.coordB.email, PASSWORD);
    expect((await retire(coordB, w.users.driverA1.id)).status).toBe(404);
  });

  it("ends their only membership: availability gone, account disabled, sessions ended, audit written; past rounds keep them", async () => {
    app.clock.now = ROUNDS_DAY.after;
    const phone = await app.client().login(w.users.driverA1.email, PASSWORD);
    await coordA.request("PUT", `/api/drivers/${w.users.driverA1.id}/availability`, { json: { organisationId: w.org.groceryA, weekly: [{ weekday: 2, fromMinute: 420, toMinute: 900 }] } });

    const res = await retire(coordA, w.users.driverA1.id);
    expect(res.status, res.text).toBe(200);
    expect(res.body).toEqual({ driverId: w.users.driverA1.id, organisationId: w.org.groceryA, accountDisabled: true });
    expect(await listed()).not.toContain(w.users.driverA1.id);
    expect(await app.db.prisma.driverAvailability.count({ where: { driverId: w.users.driverA1.id } })).toBe(0);
    expect((await phone.get("/api/auth/me")).status).toBe(401);
    expect((await app.client().request("POST", "/api/auth/login", { json: { email: w.users.driverA1.email, password: PASSWORD } })).status).toBe(401);
    expect((await app.db.prisma.tour.findUniqueOrThrow({ where: { id: w.tours.driverA1 } })).driverId).toBe(w.users.driverA1.id);
    const audit = await app.db.prisma.auditEntry.findMany({ where: { entity: "Driver", entityId: w.users.driverA1.id, action: "retire" } });
    expect(audit).toHaveLength(1);
    expect((await retire(coordA, w.users.driverA1.id)).status).toBe(404);
  });

  it("keeps the account of a driver who still drives elsewhere, and takes them off draft rounds to come", async () => {
    const driverId = w.users.driverA2.id;
    await app.db.prisma.membership.create({ data: { userId: driverId, organisationId: w.org.groceryB, role: "driver" } });
    const draft = await app.db.prisma.tour.create({ data: { organisationId: w.org.groceryA, date: new Date("2026-03-20T00:00:00Z"), driverId, status: "draft" } });
    const phone = await app.client().login(w.users.driverA2.email, PASSWORD);

    const res = await retire(coordA, driverId);
    expect(res.status, res.text).toBe(200);
    expect(res.body.accountDisabled).toBe(false);
    expect((await phone.get("/api/auth/me")).status).toBe(200);
    expect(await app.db.prisma.membership.findMany({ where: { userId: driverId }, select: { organisationId: true } })).toEqual([{ organisationId: w.org.groceryB }]);
    expect((await app.db.prisma.tour.findUniqueOrThrow({ where: { id: draft.id } })).driverId).toBeNull();
  });
});
