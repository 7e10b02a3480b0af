/**
 * Planning the demo day against an OSRM (the protocol test server, with a small table limit),
 * then with OSRM gone: the tours say where their times and their lines come from, with the
 * depot's departure and return, and a day whose road times are partly cached is `mixed`.
 */
import { coordinateKey } from "@tournee/routing";
import { startProtocolServer, type ProtocolServer } from "@tournee/routing/test-support";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../../seed/index.js";
import { liveWeek } from "../../seed/live-week.js";
import { startTestApp, type TestApp, type TestClient } from "../../test-support/test-app.js";
import { dbDate } from "./coordinated-organisation.js";
import { planDay } from "./plan-day.js";

const TODAY = "2026-03-05";
/** The demo's next round date, still open to orders and not planned yet. */
const DATE = liveWeek(TODAY).rounds.at(-1)!.date;
let app: TestApp;
let osrm: ProtocolServer;
let organisationId: string;
let coordinator: TestClient;

beforeAll(async () => {
  app = await startTestApp();
  await seedDemo(app.db.prisma, { today: TODAY });
  organisationId = (await app.db.prisma.organisation.findFirstOrThrow({ where: { kind: "social_grocery" } })).id;
  osrm = await startProtocolServer({ maxTableSize: 10 });
  Object.assign(app.services.config, { OSRM_URL: osrm.url });
  coordinator = await app.client().login("coordination@tournee.test");
}, 120_000);
afterAll(async () => {
  await osrm.close().catch(() => undefined);
  await app.close();
});

const toursOfDay = () => app.db.prisma.tour.findMany({ where: { organisationId, date: dbDate(DATE) }, include: { passages: { orderBy: { sequence: "asc" } } } });

describe("planning with OSRM, then without it", () => {
  it("plans on road times in blocks within the server's limit, drawing road lines, with the depot's times", async () => {
    const planned = await planDay(app.services, { organisationId, date: DATE, timeLimitSeconds: 1 });
    expect(planned.provider).toBe("osrm");
    expect(osrm.requests.some((r) => r.startsWith("/table/"))).toBe(true);
    expect(osrm.requests.filter((r) => r.startsWith("/route/")).every((r) => r.includes("continue_straight=false"))).toBe(true);
    const tours = await toursOfDay();
    expect(tours.length).toBeGreaterThan(0);
    for (const tour of tours) {
      expect(tour).toMatchObject({ routingProvider: "osrm", geometryProvider: "osrm", estimatedShare: 0 });
      const arrivals = tour.passages.map((p) => p.plannedArrival!.getTime());
      expect(tour.plannedStartAt!.getTime()).toBeLessThan(Math.min(...arrivals));
      expect(tour.plannedEndAt!.getTime()).toBeGreaterThan(Math.max(...arrivals));
    }
    const listed = (await coordinator.get<{ id: string; routingProvider: string; plannedStart: string; plannedDistanceM: number }[]>(`/api/tours?from=${DATE}&to=${DATE}`)).body;
    expect(listed.find((t) => t.id === tours[0]!.id)).toMatchObject({ routingProvider: "osrm", plannedStart: tours[0]!.plannedStartAt!.toISOString(), plannedDistanceM: tours[0]!.plannedDistanceM });
    expect((await coordinator.get<{ geometryProvider: string }>(`/api/tours/${tours[0]!.id}`)).body.geometryProvider).toBe("osrm");
  }, 120_000);

  it("keeps the cached road times when OSRM is down, and labels the straight lines it can no longer draw", async () => {
    await osrm.close();
    Object.assign(app.services.config, { OSRM_URL: osrm.url });
    const planned = await planDay(app.services, { organisationId, date: DATE, timeLimitSeconds: 1 });
    expect(planned.provider).toBe("osrm");
    for (const tour of await toursOfDay()) expect(tour).toMatchObject({ routingProvider: "osrm", geometryProvider: "estimate" });
  }, 120_000);

  it("estimates only the road times it lacks, and each tour says which share of its legs is estimated", async () => {
    const tour = (await toursOfDay())[0]!;
    const depot = (await app.db.prisma.vehicle.findUniqueOrThrow({ where: { id: tour.vehicleId! }, include: { homeSite: true } })).homeSite;
    const snap = await app.db.prisma.routingSnap.findFirstOrThrow({ where: { pinKey: coordinateKey([depot.longitude, depot.latitude]) } });
    await app.db.prisma.routingCacheEntry.deleteMany({ where: { OR: [{ fromKey: snap.snappedKey }, { toKey: snap.snappedKey }] } });
    const planned = await planDay(app.services, { organisationId, date: DATE, timeLimitSeconds: 1 });
    expect(planned.provider).toBe("mixed");
    expect(planned.warnings).toContainEqual({ code: "routing_fallback", count: expect.any(Number) });
    for (const tour of await toursOfDay()) {
      // Leaving the depot and coming back are the tour's two estimated legs, out of one more leg
      // than it has stops (passages, and the bakery when it carries bread).
      expect(tour.routingProvider).toBe("mixed");
      const legs = 2 / tour.estimatedShare!;
      expect(legs).toBeCloseTo(Math.round(legs), 6);
      expect(Math.round(legs)).toBeGreaterThanOrEqual(tour.passages.length + 1);
    }
  }, 120_000);
});
