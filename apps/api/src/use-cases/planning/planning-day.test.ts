import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../test-support/test-app.js";
import { buildWorld, ROUNDS_DAY, type World } from "../../test-support/world.js";
import { loadPlanningDay } from "./planning-day.js";

/** The world's rounds are on a Tuesday, with two vehicles in grocery A. */
const DATE = ROUNDS_DAY.date;

let app: TestApp;
let w: World;

beforeAll(async () => {
  app = await startTestApp();
  w = await buildWorld(app.db.prisma);
  await app.db.prisma.driverAvailability.createMany({
    data: [w.users.driverA1.id, w.users.driverA2.id].map((driverId) => ({ driverId, organisationId: w.org.groceryA, weekday: 2, fromMinute: 420, toMinute: 1080 })),
  });
});
afterAll(() => app.close());

const plannedVehicles = async () => (await loadPlanningDay(app.services, w.org.groceryA, DATE)).vehicles.map((v) => v.name).sort();

describe("vehicles offered to planning", () => {
  it("offers every vehicle in service, and no longer a retired one", async () => {
    expect(await plannedVehicles()).toEqual(["Camion 1", "Camion 2"]);
    await app.db.prisma.vehicle.updateMany({ where: { organisationId: w.org.groceryA, name: "Camion 2" }, data: { active: false } });
    const day = await loadPlanningDay(app.services, w.org.groceryA, DATE);
    expect(day.vehicles.map((v) => v.name)).toEqual(["Camion 1"]);
    expect(day.warnings.join(" ")).not.toContain("Camion 2");
  });
});
