/**
 * The same day gives the same plan whatever ids its rows were given: the demo's next round day is
 * planned, then every id of its passages, stops, sites, vehicles and drivers is replaced by one
 * that sorts the other way round (the database follows the foreign keys), and the day is planned
 * again. The solver gets the same problem in the same order, so it returns the same plan.
 */
import { solveSync } from "@tournee/solver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../../seed/index.js";
import { liveWeek } from "../../seed/live-week.js";
import { startTestApp, type TestApp } from "../../test-support/test-app.js";
import { buildProblem, placesOf } from "./build-problem.js";
import { dayMatrix } from "./day-matrix.js";
import { loadPlanningDay } from "./planning-day.js";

const TODAY = "2026-03-05";
const date = liveWeek(TODAY).rounds.at(-1)!.date;

let app: TestApp;
let organisationId: string;

beforeAll(async () => {
  app = await startTestApp();
  await seedDemo(app.db.prisma, { today: TODAY });
  organisationId = (await app.db.prisma.vehicle.findFirstOrThrow({ where: { name: "Camion frigorifique" } })).organisationId;
}, 120_000);
afterAll(() => app.close());

/** The day's problem and its plan, every id written as the name people know it by. */
async function plannedByName() {
  const prisma = app.db.prisma;
  const day = await loadPlanningDay(app.services, organisationId, date);
  const places = placesOf(day);
  const built = buildProblem(day, places, await dayMatrix(app.services, organisationId, places));
  const solution = solveSync(built.problem, { iterationLimit: 400, seed: 1, locks: built.locks });
  const drivers = await prisma.user.findMany({ where: { id: { in: day.vehicles.map((v) => v.driverId) } } });
  const names = new Map<string, string>([
    ...day.passages.map((p) => [p.passageId, `${p.name} ${p.window[0]}`] as const),
    ...places.map((p) => [p.id, p.name] as const),
    ...day.vehicles.map((v) => [v.id, v.name] as const),
    ...drivers.map((d) => [d.id, d.displayName] as const),
  ]);
  const byName = (value: unknown) => JSON.parse(JSON.stringify(value, (_, v: unknown) => (typeof v === "string" ? v.replace(/[0-9a-f-]{36}/g, (id) => names.get(id) ?? id) : v)));
  return {
    problem: byName(built.problem),
    drivers: byName(day.vehicles.map((v) => [v.id, v.driverId])),
    routes: byName(solution.routes.map((r) => [r.vehicle, r.steps.map((s) => [s.id ?? s.type, s.arrival])])),
    unassigned: byName(solution.unassigned.map((u) => u.id)),
  };
}

const TABLES = ["Passage", "Stop", "Site", "Vehicle", "User"];

/** Gives each row a new id, in the reverse order of the old ones. */
async function reverseIds(table: string, ids: string[]) {
  const sorted = [...ids].sort();
  const prefix = String(TABLES.indexOf(table) + 1).padStart(8, "0");
  for (const [i, id] of sorted.entries()) {
    await app.db.prisma.$executeRawUnsafe(`UPDATE "${table}" SET id = $1::uuid WHERE id = $2::uuid`, `${prefix}-0000-4000-8000-${String(sorted.length - i).padStart(12, "0")}`, id);
  }
}

describe("the order the solver gets a day in", () => {
  it("does not depend on the rows' ids: the same day gives the same plan", async () => {
    const before = await plannedByName();
    expect(before.routes.length).toBeGreaterThan(1);

    const prisma = app.db.prisma;
    const day = await loadPlanningDay(app.services, organisationId, date);
    await reverseIds("Passage", day.passages.map((p) => p.passageId));
    await reverseIds("Stop", (await prisma.stop.findMany({ where: { organisationId }, select: { id: true } })).map((s) => s.id));
    await reverseIds("Site", placesOf(day).filter((p) => !day.passages.some((x) => x.id === p.id)).map((p) => p.id));
    await reverseIds("Vehicle", (await prisma.vehicle.findMany({ where: { organisationId }, select: { id: true } })).map((v) => v.id));
    await reverseIds("User", [...new Set((await prisma.driverAvailability.findMany({ where: { organisationId }, select: { driverId: true } })).map((d) => d.driverId))]);
    const after = await loadPlanningDay(app.services, organisationId, date);
    expect(after.passages.map((p) => p.passageId)).not.toEqual(day.passages.map((p) => p.passageId));

    expect(await plannedByName()).toEqual(before);
  }, 120_000);
});
