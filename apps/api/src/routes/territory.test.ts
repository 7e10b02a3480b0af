/**
 * An integrator sets up a new territory through the public API alone, with nothing but a
 * coordinator's account: a depot in Andorra, vehicles that start from it, drivers and their
 * hours, halts, households (a CSV with usual halts and home-drop days), products and offers,
 * one-off passages, stock in one call, paper orders in one CSV, then plans the day and reads it.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "../auth/password.js";
import { stopPlanningQueue } from "../jobs/planning-queue.js";
import { finishedRun } from "../test-support/planning-runs.js";
import { startTestApp, type TestApp, type TestClient } from "../test-support/test-app.js";

const DATE = "2030-05-07";
let app: TestApp;
let api: TestClient;
let organisationId: string;

interface Job { id: string; status: string; error: string | null; result: { outcome: string; vehicles: { vehicle: { name: string }; stops: number; distanceM: number; drivingS: number }[]; leftOut: unknown[]; totals: { placed: number } } | null }

const finished = (id: string) => finishedRun<Job>(api, id);

async function ok<T>(promise: Promise<{ status: number; body: T; text: string }>, status = 200): Promise<T> {
  const res = await promise;
  expect(res.status, res.text).toBe(status);
  return res.body;
}

beforeAll(async () => {
  app = await startTestApp();
  app.clock.now = new Date("2030-05-02T08:00:00Z");
  // The one thing given to the integrator: an organisation and a coordinator's account.
  const organisation = await app.db.prisma.organisation.create({ data: { slug: "rebost-encamp", name: "Rebost solidari d'Encamp", kind: "social_grocery", timeZone: "Europe/Andorra" } });
  organisationId = organisation.id;
  await app.db.prisma.user.create({ data: { email: "integrator@rebost.test", passwordHash: await hashPassword("integrator-pass"), displayName: "Integrator", memberships: { create: { organisationId, role: "coordinator" } } } });
  api = await app.client().login("integrator@rebost.test", "integrator-pass");
}, 60_000);
afterAll(async () => {
  await stopPlanningQueue(app.services);
  await app.close();
});

describe("a territory set up through the API alone", () => {
  it("sets up a depot, vehicles, drivers, halts, households, orders, and plans the day", async () => {
    const badPostcode = await api.post<{ errors: { path: string; message: string }[] }>("/api/sites", { organisationId, kind: "depot", name: "Magatzem", addressLine: "Carrer de la Unió 4", postcode: "23000", country: "AD", latitude: 42.534, longitude: 1.58 });
    expect(badPostcode.status).toBe(400);
    expect(badPostcode.body.errors).toEqual([expect.objectContaining({ path: "postcode", message: expect.stringMatching(/Andorran/) })]);
    const depot = await ok(api.post<{ id: string }>("/api/sites", { organisationId, kind: "depot", name: "Magatzem", addressLine: "Carrer de la Unió 4", postcode: "AD200", city: "Encamp", country: "AD", latitude: 42.534, longitude: 1.58 }), 201);

    const compartments = [{ compartment: "ambient", capacity: 1500 }];
    const van = await ok(api.post<{ id: string }>("/api/vehicles", { organisationId, name: "Furgoneta", homeSiteId: depot.id, compartments }), 201);
    const car = await ok(api.post<{ id: string }>("/api/vehicles", { organisationId, name: "Cotxe", homeSiteId: depot.id, compartments: [{ compartment: "ambient", capacity: 400 }] }), 201);
    const drivers = [];
    for (const displayName of ["Jordi", "Montse"]) {
      const driver = await ok(api.post<{ id: string }>("/api/drivers", { organisationId, displayName }), 201);
      await ok(api.request("PUT", `/api/drivers/${driver.id}/availability`, { json: { organisationId, weekly: [{ weekday: 2, fromMinute: 420, toMinute: 1020 }] } }));
      drivers.push(driver.id);
    }

    const halts: Record<string, string> = {};
    for (const [name, lat, lon] of [["Plaça de la Vila", 42.5346, 1.5806], ["Església del Tremat", 42.5416, 1.5903], ["Les Bons", 42.5391, 1.5951]] as const) {
      halts[name] = (await ok(api.post<{ id: string }>("/api/stops", { organisationId, name, city: "Encamp", postcode: "AD200", country: "AD", latitude: lat, longitude: lon }), 201)).id;
    }
    const households = [
      "name;addressLine;postcode;city;country;latitude;longitude;mobility;usualStop;homeAvailability",
      "Sra. Puig;Carrer Major 3;AD200;Encamp;AD;42,5350;1,5810;comes_to_halt;Plaça de la Vila;",
      "Sr. Vidal;Carrer Nou 1;AD200;Encamp;AD;42,5380;1,5880;comes_to_halt;Les Bons;",
      'Sra. Font;Camí de Vila 12;AD200;Encamp;AD;42,5440;1,5860;needs_home_drop;;"dim 09:00-12:00; mar 09:00-12:30"',
      "Sr. Pons;Carrer del Riu 7;AD200;Encamp;AD;42,5300;1,5790;needs_home_drop;;mar 10:00-13:00",
    ].join("\n");
    expect((await ok(api.post<{ created: number }>("/api/imports/households", { organisationId, csv: households }))).created).toBe(4);
    const homeDrops = await ok(api.get<{ id: string; name: string }[]>("/api/stops?kind=home_drop"));
    expect(homeDrops.map((s) => s.name).sort()).toEqual(["Sr. Pons", "Sra. Font"]);

    const offers: Record<string, string> = {};
    for (const [sku, name] of [["LLET", "Llet 1 l"], ["ARROS", "Arròs 1 kg"]] as const) {
      const product = await ok(api.post<{ id: string }>("/api/products", { organisationId, sku, name, shelf: "Bàsics", unit: "unitat", kind: "grocery", compartment: "ambient", sizePer100: 120, referencePriceCents: 150 }), 201);
      offers[sku] = (await ok(api.post<{ id: string }>("/api/offers", { organisationId, productId: product.id }), 201)).id;
    }
    for (const [name, id] of Object.entries(halts)) {
      const from = name === "Les Bons" ? "11:00" : "09:30";
      await ok(api.post("/api/passages", { organisationId, stopId: id, date: DATE, from, to: name === "Les Bons" ? "11:30" : "10:00", dwellMinutes: 20 }), 201);
    }
    for (const stop of homeDrops) await ok(api.post("/api/passages", { organisationId, stopId: stop.id, date: DATE, from: "09:00", to: "12:30", dwellMinutes: 5 }), 201);
    const stock = await ok(api.request<{ entries: unknown[] }>("PUT", "/api/offer-stock", { json: { organisationId, entries: Object.values(offers).map((offerId) => ({ offerId, templateId: null, date: DATE, quantity: 50 })) } }));
    expect(stock.entries).toHaveLength(2);

    const orders = [
      "household;date;stop;sku;quantity;channel",
      "Sra. Puig;07/05/2030;;LLET;2;paper",
      "Sra. Puig;07/05/2030;;ARROS;1;paper",
      "Sr. Vidal;2030-05-07;Les Bons;LLET;1;phone",
      "Sra. Font;07/05/2030;domicile;ARROS;3;phone",
      "Sr. Pons;07/05/2030;;LLET;6;",
    ].join("\n");
    const preview = await ok(api.post<{ orders: { lines: number[]; action: string }[]; errors: unknown[] }>("/api/order-imports/preview", { organisationId, csv: orders }));
    expect(preview.errors).toEqual([]);
    expect(preview.orders.map((o) => o.lines)).toEqual([[2, 3], [4], [5], [6]]);
    const imported = await ok(api.post<{ placed: number; refused: unknown[] }>("/api/order-imports", { organisationId, csv: orders }));
    expect(imported).toEqual({ placed: 4, changed: 0, refused: [] });

    const calendar = await ok(api.get<{ nextToPlan: string; days: { date: string; halts: number; homeDrops: number; orders: number }[] }>(`/api/planning-calendar?from=2030-05-06&to=2030-05-12`));
    expect(calendar.nextToPlan).toBe(DATE);
    expect(calendar.days).toEqual([expect.objectContaining({ date: DATE, halts: 3, homeDrops: 2, orders: 4 })]);

    const started = await ok(api.post<Job>(`/api/planning/${DATE}/jobs`, { timeLimitSeconds: 1, vehicleIds: [van.id, car.id], driverIds: drivers }), 202);
    const job = await finished(started.id);
    expect(job.status, job.error ?? "").toBe("succeeded");
    expect(job.result!.outcome).toBe("stored");
    expect(job.result!.totals.placed).toBe(5);
    expect(job.result!.leftOut).toEqual([]);
    const day = await ok(api.get<{ vehicles: { stops: number; distanceM: number; drivingS: number; hours: unknown }[]; leftOut: unknown[] }>(`/api/planning/${DATE}`));
    expect(day.vehicles.reduce((n, v) => n + v.stops, 0)).toBe(5);
    for (const v of day.vehicles) {
      expect(v.distanceM).toBeGreaterThan(0);
      expect(v.drivingS).toBeGreaterThan(0);
      expect(v.hours).not.toBeNull();
    }
    const tours = await ok(api.get<{ id: string; status: string }[]>(`/api/tours?from=${DATE}&to=${DATE}`));
    expect(tours.length).toBe(day.vehicles.length);

    // Only the van and Jordi take part: one round, every stop on it.
    const alone = await finished((await ok(api.post<Job>(`/api/planning/${DATE}/jobs`, { timeLimitSeconds: 1, vehicleIds: [van.id], driverIds: [drivers[0]] }), 202)).id);
    expect(alone.result!.vehicles.map((v) => v.vehicle.name)).toEqual(["Furgoneta"]);
    expect(alone.result!.vehicles[0]!.stops).toBe(5);
  }, 120_000);

  it("refuses vehicles and drivers that are not the organisation's", async () => {
    const res = await api.post<{ errors: { path: string }[] }>(`/api/planning/${DATE}/jobs`, { vehicleIds: ["00000000-0000-4000-8000-000000000000"] });
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e) => e.path)).toEqual(["vehicleIds.0"]);
  });

  it("documents the planning result and its progress events in the OpenAPI document", async () => {
    type Responses = Record<string, { content: Record<string, { schema?: unknown; "x-events"?: Record<string, { properties: object }> }> }>;
    const doc = (await api.get<{ paths: Record<string, { get: { responses: Responses } }> }>("/api/openapi.json")).body;
    const job = doc.paths["/api/planning-jobs/{id}"]!.get.responses["200"]!.content["application/json"]!.schema;
    expect(JSON.stringify(job)).toContain("leftOut");
    const events = doc.paths["/api/planning-jobs/{id}/events"]!.get.responses["200"]!.content["text/event-stream"]!["x-events"]!;
    expect(Object.keys(events)).toEqual(["progress", "done"]);
    expect(Object.keys(events.progress!.properties)).toEqual(expect.arrayContaining(["phase", "solvingMs", "timeLimitMs", "placed"]));
  });
});
