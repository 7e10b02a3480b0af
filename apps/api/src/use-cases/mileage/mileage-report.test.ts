import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp, type TestClient } from "../../test-support/test-app.js";
import { buildWorld, PASSWORD, type World } from "../../test-support/world.js";
import { allowanceCents } from "./mileage-report.js";

let app: TestApp;
let w: World;
let coordA: TestClient;

interface Report { month: string; owners: { owner: { displayName: string }; rounds: { date: string; distanceM: number; amountCents: number }[]; distanceM: number; amountCents: number }[]; totalCents: number }

beforeAll(async () => {
  app = await startTestApp();
  w = await buildWorld(app.db.prisma);
  coordA = await app.client().login(w.users.coordA.email, PASSWORD);
  // driverA1 drives their own car on a published round of 42.3 km; driverA2's car has a round still being planned.
  const one = await app.db.prisma.tour.update({ where: { id: w.tours.driverA1 }, data: { status: "published", plannedDistanceM: 42_300 } });
  await app.db.prisma.vehicle.update({ where: { id: one.vehicleId! }, data: { ownerId: w.users.driverA1.id, mileageAllowanceCents: 45 } });
  const two = await app.db.prisma.tour.update({ where: { id: w.tours.driverA2 }, data: { status: "planned", plannedDistanceM: 80_000 } });
  await app.db.prisma.vehicle.update({ where: { id: two.vehicleId! }, data: { ownerId: w.users.driverA2.id, mileageAllowanceCents: 45 } });
});
afterAll(() => app.close());

describe("mileage allowances of volunteers' own cars", () => {
  it("counts the km of the month's published, under way and closed rounds at the car's allowance, not a round still being planned", async () => {
    const res = await coordA.get<Report>(`/api/mileage-allowances?month=2026-03&organisationId=${w.org.groceryA}`);
    expect(res.status, res.text).toBe(200);
    const [first, second] = res.body.owners;
    expect(first).toMatchObject({ rounds: [{ date: "2026-03-10", distanceM: 42_300, amountCents: 1904 }], distanceM: 42_300, amountCents: 1904 });
    expect(second).toMatchObject({ rounds: [], amountCents: 0 });
    expect(res.body.totalCents).toBe(1904);
    expect((await coordA.get<Report>(`/api/mileage-allowances?month=2026-04&organisationId=${w.org.groceryA}`)).body.totalCents).toBe(0);
  });

  it("exports the month for the treasurer with French headers, dates and decimal commas", async () => {
    const res = await coordA.get(`/api/mileage-allowances.csv?month=2026-03&organisationId=${w.org.groceryA}`);
    expect(res.headers.get("content-disposition")).toContain("indemnites-kilometriques-2026-03.csv");
    const rows = res.text.replace(/^\uFEFF/, "").trim().split("\r\n").map((l) => l.split(";"));
    expect(rows[0]).toEqual(["Bénévole", "Date", "Véhicule", "Conduite par", "Tournée", "Km", "Indemnité (€/km)", "Montant (€)"]);
    expect(rows[1]!.slice(1, 2)).toEqual(["10/03/2026"]);
    expect(rows[1]!.slice(4)).toEqual(["publiée", "42,3", "0,45", "19,04"]);
    expect(rows[2]!.slice(4)).toEqual(["Total (1 tournée)", "42,3", "", "19,04"]);
  });

  it("refuses a month that is not one, naming the field", async () => {
    const res = await coordA.get<{ errors: { path: string }[] }>(`/api/mileage-allowances?month=2026-13&organisationId=${w.org.groceryA}`);
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e) => e.path)).toEqual(["month"]);
  });

  it("rounds each round's amount to the cent, and owes nothing without an allowance", () => {
    expect(allowanceCents(10_050, 45)).toBe(452);
    expect(allowanceCents(10_000, null)).toBe(0);
  });
});
