import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp, type TestClient } from "../../test-support/test-app.js";
import { buildWorld, PASSWORD, ROUNDS_DAY, type World } from "../../test-support/world.js";

let app: TestApp;
let w: World;
let coordA: TestClient;
let truck: VehicleView;

interface VehicleView { id: string; name: string; organisationId: string; active: boolean; workStartMinute: number; homeSite: { id: string }; compartments: { compartment: string; capacity: number }[] }
interface Problem { status: number; code: string; detail?: string; errors?: { path: string; message: string }[] }


beforeAll(async () => {
  app = await startTestApp();
  w = await buildWorld(app.db.prisma);
  coordA = await app.client().login(w.users.coordA.email, PASSWORD);
  const vehicles = await coordA.get<VehicleView[]>("/api/vehicles");
  truck = vehicles.body.find((v) => v.name === "Camion 1")!;
});
afterAll(() => app.close());

const auditActions = async (entityId: string) => (await app.db.prisma.auditEntry.findMany({ where: { entity: "Vehicle", entityId }, orderBy: { id: "asc" } })).map((a) => a.action);

describe("changing a vehicle", () => {
  it("replaces its capacities and hours, and says which field is wrong when the day ends before it starts", async () => {
    const wrong = await coordA.patch<Problem>(`/api/vehicles/${truck.id}`, { workStartMinute: 900, workEndMinute: 600 });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors?.map((e) => e.path)).toEqual(["workEndMinute"]);
    const saved = await coordA.patch<VehicleView>(`/api/vehicles/${truck.id}`, { workStartMinute: 480, compartments: [{ compartment: "chilled", capacity: 350 }] });
    expect(saved.status, saved.text).toBe(200);
    expect(saved.body).toMatchObject({ workStartMinute: 480, compartments: [{ compartment: "chilled", capacity: 350 }] });
  });

  it("hides another organisation's vehicle", async () => {
    const coordB = await app.client().login(w.users.coordB.email, PASSWORD);
    expect((await coordB.patch(`/api/vehicles/${truck.id}`, { active: false })).status).toBe(404);
  });
});

describe("a small vehicle that reloads, and a volunteer's own car", () => {
  it("keeps reloading and the owner with the allowance, and names the field of each refusal", async () => {
    const second = (await coordA.get<VehicleView[]>("/api/vehicles")).body.find((v) => v.name === "Camion 2")!;
    const saved = await coordA.patch<VehicleView & { reloadMinutes: number; maxTrips: number; owner: { displayName: string }; mileageAllowanceCents: number }>(`/api/vehicles/${second.id}`, { reloadMinutes: 20, maxTrips: 3, ownerId: w.users.driverA1.id, mileageAllowanceCents: 45 });
    expect(saved.status, saved.text).toBe(200);
    expect(saved.body).toMatchObject({ reloadMinutes: 20, maxTrips: 3, owner: { id: w.users.driverA1.id }, mileageAllowanceCents: 45 });
    const refusals: [Record<string, unknown>, string][] = [
      [{ reloadMinutes: null }, "maxTrips"],
      [{ ownerId: null }, "mileageAllowanceCents"],
      [{ ownerId: w.users.coordB.id }, "ownerId"],
      [{ mileageAllowanceCents: 501 }, "mileageAllowanceCents"],
      [{ reloadMinutes: -1 }, "reloadMinutes"],
      [{ maxTrips: 1 }, "maxTrips"],
    ];
    for (const [patch, field] of refusals) {
      const res = await coordA.patch<Problem>(`/api/vehicles/${second.id}`, patch);
      expect(res.status, JSON.stringify(patch)).toBe(400);
      expect(res.body.errors?.map((e) => e.path)).toEqual([field]);
    }
    const created = await coordA.post<Problem>("/api/vehicles", { organisationId: w.org.groceryA, name: "Voiture", homeSiteId: saved.body.homeSite.id, maxTrips: 2, mileageAllowanceCents: 40 });
    expect(created.body.errors?.map((e) => e.path).sort()).toEqual(["maxTrips", "mileageAllowanceCents"]);
    const back = await coordA.patch<VehicleView>(`/api/vehicles/${second.id}`, { reloadMinutes: null, maxTrips: null, ownerId: null, mileageAllowanceCents: null });
    expect(back.body).toMatchObject({ reloadMinutes: null, maxTrips: null, owner: null, mileageAllowanceCents: null });
  });
});

describe("retiring a vehicle", () => {
  it("is refused while a published round to come uses it, naming the date to re-plan", async () => {
    app.clock.now = ROUNDS_DAY.before;
    const res = await coordA.patch<Problem>(`/api/vehicles/${truck.id}`, { active: false });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe("rounds_to_come");
    expect(res.body.detail).toContain(ROUNDS_DAY.date);
    expect((await app.db.prisma.vehicle.findUniqueOrThrow({ where: { id: truck.id } })).active).toBe(true);
  });

  it("once the rounds are past, retires it: it stays on its past round, and can be put back in service", async () => {
    app.clock.now = ROUNDS_DAY.after;
    const retired = await coordA.patch<VehicleView>(`/api/vehicles/${truck.id}`, { active: false });
    expect(retired.status, retired.text).toBe(200);
    expect(retired.body.active).toBe(false);
    expect((await app.db.prisma.tour.findUniqueOrThrow({ where: { id: w.tours.driverA1 } })).vehicleId).toBe(truck.id);

    const back = await coordA.patch<VehicleView>(`/api/vehicles/${truck.id}`, { active: true });
    expect(back.body.active).toBe(true);
    expect(await auditActions(truck.id)).toEqual(["update", "retire", "reinstate"]);
  });
});
