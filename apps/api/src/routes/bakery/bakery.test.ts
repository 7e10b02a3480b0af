/**
 * The bakery's week on the demo territory: the bread ordered on the grocery's rounds, per day,
 * round, halt and product, equal to what the grocery reads for its own rounds; the rounds that
 * carry the bread and when they collect it; the catalogue and who offers it. A grocery's
 * console has no bakery screens.
 */
import type { BakeryProduct, BakeryRound, BreadDay } from "@tournee/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../../seed/index.js";
import { startTestApp, type TestApp, type TestClient } from "../../test-support/test-app.js";
import { dbDate } from "../../db/db-date.js";
import { planDay } from "../../use-cases/planning/plan-day.js";

const TUESDAY = "2026-03-10";
let app: TestApp;
let baker: TestClient;
let grocer: TestClient;
let bakeryId: string;

beforeAll(async () => {
  app = await startTestApp();
  app.clock.now = new Date("2026-03-05T10:00:00Z");
  // The demo's rounds go out on Tuesdays: last Tuesday's are done, the next ones are open to orders.
  await seedDemo(app.db.prisma, { today: "2026-03-03" });
  const grocery = await app.db.prisma.organisation.findFirstOrThrow({ where: { kind: "social_grocery" } });
  bakeryId = (await app.db.prisma.organisation.findFirstOrThrow({ where: { kind: "solidarity_bakery" } })).id;
  await planDay(app.services, { organisationId: grocery.id, date: TUESDAY, timeLimitSeconds: 1 });
  baker = await app.client().login("boulangerie@tournee.test");
  grocer = await app.client().login("coordination@tournee.test");
}, 120_000);
afterAll(() => app.close());

const week = (client: TestClient) => client.get<BreadDay[]>(`/api/bread?from=2026-03-06&to=2026-03-12`);

describe("the bakery's week", () => {
  it("counts the bread ordered on the grocery's rounds, per day, round, halt and product, as the orders say", async () => {
    const res = await week(baker);
    expect(res.status, res.text).toBe(200);
    const tuesday = res.body.find((d) => d.date === TUESDAY)!;
    expect(tuesday.bakery.id).toBe(bakeryId);
    const ordered = await app.db.prisma.orderLine.aggregate({
      _sum: { quantity: true },
      where: { product: { organisationId: bakeryId }, order: { status: { not: "cancelled" }, passage: { date: dbDate(TUESDAY), status: "scheduled" } } },
    });
    expect(tuesday.total).toBe(ordered._sum.quantity);
    expect(tuesday.products.reduce((n, p) => n + p.quantity, 0)).toBe(tuesday.total);
    expect(tuesday.rounds.reduce((n, r) => n + r.total, 0)).toBe(tuesday.total);
    for (const round of tuesday.rounds) expect(round.stops.reduce((n, s) => n + s.total, 0)).toBe(round.total);
    const planned = tuesday.rounds.find((r) => r.tourId)!;
    expect(planned.carrier.name).toMatch(/Épicerie/);
    expect(planned.collectAt, "a planned round says when it collects the bread").not.toBeNull();
    expect(planned.departure).toBe("08:30");
    // Orders close the eve at 18:00: still open on the 5th.
    expect(tuesday.open).toBe(true);
    expect(tuesday.cutoffAt).toBe("2026-03-09T17:00:00.000Z");
    // A grocery's home drop is not named to the bakery.
    const homeDrops = tuesday.rounds.flatMap((r) => r.stops).filter((s) => s.kind === "home_drop");
    expect(homeDrops.length).toBeGreaterThan(0);
    expect(homeDrops.every((s) => s.name === null)).toBe(true);
    // Saturday: the bakery's own home portage, its households named to it, not planned yet.
    const saturday = res.body.find((d) => d.date === "2026-03-07")!;
    expect(saturday.rounds.map((r) => r.roundName)).toEqual(["Portage du samedi"]);
    expect(saturday.rounds.every((r) => r.collectAt === null && r.status === null)).toBe(true);
    expect(saturday.rounds[0]!.stops.filter((s) => s.total > 0).every((s) => s.name !== null)).toBe(true);
  });

  it("gives the grocery the same figures for the bread its rounds carry", async () => {
    const [bakery, grocery] = await Promise.all([week(baker), week(grocer)]);
    expect(grocery.status).toBe(200);
    // The bakery also delivers on Saturday itself: the grocery's figures are those of the days its rounds carry the bread.
    const carried = bakery.body.filter((d) => d.rounds.every((r) => r.carrier.name.startsWith("Épicerie")));
    expect(carried.map((d) => d.date)).toEqual([TUESDAY]);
    const strip = (days: BreadDay[]) => days.map((d) => ({ date: d.date, products: d.products, total: d.total, rounds: d.rounds.map((r) => ({ tourId: r.tourId, products: r.products, total: r.total })) }));
    expect(strip(grocery.body)).toEqual(strip(carried));
    // The grocery names its own home drops.
    expect(grocery.body[0]!.rounds.flatMap((r) => r.stops).filter((s) => s.kind === "home_drop").every((s) => s.name !== null)).toBe(true);
  });

  it("refuses a period upside down or longer than a month, naming the field", async () => {
    const res = await baker.get<{ errors: { path: string }[] }>("/api/bread?from=2026-03-15&to=2026-03-09");
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e) => e.path)).toEqual(["to"]);
    expect((await baker.get("/api/bread?from=2026-03-01&to=2026-05-01")).status).toBe(400);
  });

  it("lists the rounds that carry its bread and when each collects it", async () => {
    const res = await baker.get<BakeryRound[]>("/api/bakery/rounds");
    expect(res.status, res.text).toBe(200);
    expect(res.body.map((r) => [r.weekday, r.departure, r.carrier.kind])).toEqual([[2, "08:30", "social_grocery"], [2, "08:30", "social_grocery"], [6, "07:30", "solidarity_bakery"]]);
    expect(res.body[0]).toMatchObject({ nextDate: TUESDAY, carrier: { kind: "social_grocery" } });
    expect(res.body[0]!.nextCollectAt).not.toBeNull();
    expect(res.body[1]!.nextCollectAt).not.toBeNull();
    expect(res.body[2]!.nextCollectAt, "the portage is not planned yet").toBeNull();
    expect(res.body[0]!.breads).toContain("Baguette");
  });

  it("shows its catalogue with who offers it, and changes a price, audited", async () => {
    const res = await baker.get<BakeryProduct[]>("/api/bakery/catalogue");
    expect(res.status).toBe(200);
    expect(res.body).toHaveLength(10);
    const baguette = res.body.find((p) => p.name === "Baguette")!;
    expect(baguette.offeredBy.map((o) => o.organisationName)).toEqual(["Épicerie solidaire du Pays d'Aubusson"]);
    expect(res.body.find((p) => p.name === "Brioche tressée")!.offeredBy).toEqual([]);
    const changed = await baker.patch<{ referencePriceCents: number }>(`/api/products/${baguette.id}`, { referencePriceCents: 120 });
    expect(changed.status, changed.text).toBe(200);
    expect(changed.body.referencePriceCents).toBe(120);
    expect(await app.db.prisma.auditEntry.count({ where: { entity: "Product", entityId: baguette.id, action: "update" } })).toBe(1);
  });

  it("plans and publishes its own Saturday portage like the grocery, its van loading the bread before it leaves", async () => {
    const started = await baker.post<{ id: string }>("/api/planning/2026-03-07/jobs", { timeLimitSeconds: 1 });
    expect(started.status, started.text).toBe(202);
    let job: { status: string; error: string | null; result: { leftOut: { reason: string }[] } | null };
    do job = (await baker.get<typeof job>(`/api/planning-jobs/${started.body.id}`)).body;
    while (["queued", "running"].includes(job.status));
    expect(job.status, job.error ?? "").toBe("succeeded");
    // Mme Coudert ordered nothing this week: her door is not on the round.
    expect(job.result?.leftOut.map((l) => l.reason)).toEqual(["no_order"]);
    const tours = await baker.get<{ id: string; vehicle: { name: string } }[]>("/api/tours?from=2026-03-07&to=2026-03-07");
    expect(tours.body.map((t) => t.vehicle.name)).toEqual(["Fourgonnette du fournil"]);
    const detail = await baker.get<{ pickups: { sequence: number; crates: number }[]; passages: { sequence: number }[] }>(`/api/tours/${tours.body[0]!.id}`);
    expect(detail.body.pickups.map((p) => p.sequence)).toEqual([0]);
    expect(detail.body.passages.map((p) => p.sequence).sort()).toEqual([1, 2, 3, 4]);
    expect((await baker.post(`/api/tours/${tours.body[0]!.id}/publish`)).status).toBe(200);
    const driver = await app.client().login("chauffeur3@tournee.test");
    const round = await driver.get<{ pickups: { crates: number }[]; passages: unknown[] }>(`/api/tours/${tours.body[0]!.id}/round`);
    expect(round.status, round.text).toBe(200);
    expect(round.body.passages).toHaveLength(4);
    expect(round.body.pickups[0]!.crates).toBeGreaterThan(0);
  });

  it("has no bakery screens for a grocery's console", async () => {
    expect((await grocer.get("/api/bakery/rounds")).status).toBe(404);
    expect((await grocer.get("/api/bakery/catalogue")).status).toBe(404);
  });
});
