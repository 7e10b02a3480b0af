import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../test-support/test-app.js";
import { buildWorld, ROUNDS_DAY, type World } from "../../test-support/world.js";
import { openingWindows } from "../sites/opening-hours.js";
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
    expect(day.warnings).toEqual([]);
  });

  it("says which vehicle stays home for want of a driver that day", async () => {
    await app.db.prisma.vehicle.updateMany({ where: { organisationId: w.org.groceryA, name: "Camion 2" }, data: { active: true } });
    await app.db.prisma.driverAvailability.create({ data: { driverId: w.users.driverA2.id, organisationId: w.org.groceryA, date: new Date(`${DATE}T00:00:00Z`), fromMinute: 0, toMinute: 1440, available: false } });
    const day = await loadPlanningDay(app.services, w.org.groceryA, DATE);
    expect(day.vehicles).toHaveLength(1);
    expect(day.warnings).toEqual([{ code: "vehicle_without_driver", vehicle: { id: expect.any(String), name: expect.stringMatching(/^Camion [12]$/) } }]);
  });
});

describe("a site's opening hours on a weekday", () => {
  const bakery = [2, 3].map((weekday) => ({ weekday, from: 240, to: 780 }));
  it("are the spans it declares that day, one window each", () => {
    expect(openingWindows(bakery, 2)).toEqual([[4 * 3600, 13 * 3600]]);
    expect(openingWindows([...bakery, { weekday: 2, from: 900, to: 1080 }], 2)).toEqual([[4 * 3600, 13 * 3600], [15 * 3600, 18 * 3600]]);
  });
  it("are none on a day it does not declare: it is closed", () => {
    expect(openingWindows(bakery, 1)).toEqual([]);
  });
  it("are the whole day for a site that declares no hours at all", () => {
    expect(openingWindows([], 1)).toEqual([[0, 24 * 3600]]);
    expect(openingWindows(null, 1)).toEqual([[0, 24 * 3600]]);
  });
});
