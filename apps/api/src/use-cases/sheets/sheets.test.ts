/** The sheets of a planned demo day: loading order, bread counts, and nothing that reveals a social status. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../../seed/index.js";
import { startTestApp, type TestApp, type TestClient } from "../../test-support/test-app.js";
import { dbDate } from "../planning/coordinated-organisation.js";
import { planDay } from "../planning/plan-day.js";

/** The demo week seeded on Thursday 5 March: its next round, still open to orders (seed/live-week.ts). */
const DATE = "2026-03-12";
let app: TestApp;
let coordinator: TestClient;
let tourId: string;

beforeAll(async () => {
  app = await startTestApp();
  await seedDemo(app.db.prisma, { today: "2026-03-05" });
  const grocery = await app.db.prisma.organisation.findFirstOrThrow({ where: { kind: "social_grocery" } });
  const planned = await planDay(app.services, { organisationId: grocery.id, date: DATE, timeLimitSeconds: 1 });
  tourId = planned.vehicles.sort((a, b) => b.stops - a.stops)[0]!.tourId!;
  coordinator = await app.client().login("coordination@tournee.test");
}, 120_000);
afterAll(() => app.close());

describe("sheets", () => {
  it("lists the loading per compartment, the last stop's goods first, as CSV", async () => {
    const res = await coordinator.get(`/api/tours/${tourId}/loading-list.csv`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/csv/);
    const rows = res.text.replace(/^\uFEFF/, "").trim().split("\r\n").map((l) => l.split(";"));
    expect(rows[0]).toEqual(["Compartiment", "Arrêt n°", "Arrêt", "Heure", "Foyer", "Produit", "Unité", "Quantité", "Tournée n°"]);
    const ambient = rows.slice(1).filter((r) => r[0] === "Sec").map((r) => Number(r[1]));
    expect(ambient.length).toBeGreaterThan(0);
    expect(ambient).toEqual([...ambient].sort((a, b) => b - a));
    const lines = await app.db.prisma.orderLine.findMany({ where: { product: { compartment: "ambient" }, order: { status: { not: "cancelled" }, passage: { tourId } } } });
    expect(rows.slice(1).filter((r) => r[0] === "Sec").reduce((s, r) => s + Number(r[7]), 0)).toBe(lines.reduce((s, l) => s + l.quantity, 0));
  });

  it("prints a tour sheet with times and what to hand over, without prices or social status", async () => {
    const res = await coordinator.get(`/api/tours/${tourId}/sheet`);
    expect(res.headers.get("content-type")).toMatch(/^text\/html/);
    expect(res.text).toContain("@media print");
    expect(res.text).toContain("Feuille de route");
    const passage = await app.db.prisma.passage.findFirstOrThrow({ where: { tourId }, include: { stop: true }, orderBy: { sequence: "asc" } });
    expect(res.text).toContain(passage.stop.name.replace(/'/g, "&#39;"));
    expect(res.text).not.toMatch(/€|cents|participation|éligib|eligib|taux|tarif social/i);
    expect((await coordinator.get(`/api/tours/${tourId}/loading-list`)).text).toContain("Chargement");
    // Without OSRM the demo plans on the estimate, and the sheet says so, with the depot's times and the km.
    expect(res.text).toMatch(/Heures estimées à vol d&#39;oiseau, sans calcul d&#39;itinéraire : prévoir une marge\. Départ du dépôt à \d\d:\d\d, retour vers \d\d:\d\d, \d+ km\./);
  });

  it("collects the bread in one stop at the bakery and numbers the stops the same way on the sheet, the planning page and the phone", async () => {
    const tour = await app.db.prisma.tour.findUniqueOrThrow({ where: { id: tourId }, include: { driver: true, steps: true } });
    expect(tour.steps.some((s) => s.kind === "bread_pickup"), "the busiest tour carries bread").toBe(true);
    const sheet = (await coordinator.get(`/api/tours/${tourId}/sheet`)).text;
    const headings = [...sheet.matchAll(/<h2>(\d+)\. [^—<]*— ([^<]*) <small>\(([^,]+),/g)].map((m) => ({ number: Number(m[1]), name: m[2] ?? "", kind: m[3] }));
    expect(headings.filter((h) => h.kind === "Retrait du pain")).toHaveLength(1);
    expect(headings.filter((h) => h.kind === "Remise du pain")).toEqual([]);
    expect(headings.map((h) => h.number)).toEqual(headings.map((_, i) => i + 1));
    expect(sheet).toMatch(/Charger \d+ caisses?/);

    const detail = (await coordinator.get<{ passages: { sequence: number; stop: { name: string } }[]; pickups: { sequence: number; siteName: string; crates: number }[] }>(`/api/tours/${tourId}`)).body;
    const planningPage = [...detail.pickups.map((p) => [p.sequence + 1, p.siteName]), ...detail.passages.map((p) => [p.sequence + 1, p.stop.name])].sort((a, b) => Number(a[0]) - Number(b[0]));
    expect(planningPage).toEqual(headings.map((h) => [h.number, h.name.replace(/&#39;/g, "'")]));

    expect((await coordinator.post(`/api/tours/${tourId}/publish`)).status).toBe(200);
    const driver = await app.client().login(tour.driver!.email!);
    const round = (await driver.get<{ passages: { sequence: number; stopName: string }[]; pickups: { sequence: number; siteName: string; crates: number }[] }>(`/api/tours/${tourId}/round`)).body;
    const phone = [...round.pickups.map((p) => [p.sequence + 1, p.siteName]), ...round.passages.map((p) => [p.sequence + 1, p.stopName])].sort((a, b) => Number(a[0]) - Number(b[0]));
    expect(phone).toEqual(planningPage);
    expect(round.pickups[0]!.crates).toBe(detail.pickups[0]!.crates);
    expect(sheet).toContain(`Charger ${detail.pickups[0]!.crates} caisse`);
  });

  it("counts each bread for the bakery, per tour, matching the orders", async () => {
    const bakery = await app.db.prisma.organisation.findFirstOrThrow({ where: { kind: "solidarity_bakery" } });
    const baker = await app.client().login("boulangerie@tournee.test");
    const res = await baker.get(`/api/bakery-production.csv?date=${DATE}`);
    expect(res.status, res.text).toBe(200);
    const rows = res.text.replace(/^\uFEFF/, "").trim().split("\r\n").slice(1).map((l) => l.split(";"));
    const ordered = await app.db.prisma.orderLine.aggregate({
      _sum: { quantity: true },
      where: { product: { organisationId: bakery.id, compartment: "bread" }, order: { status: { not: "cancelled" }, passage: { date: dbDate(DATE), status: "scheduled" } } },
    });
    expect(rows.reduce((s, r) => s + Number(r[4]), 0)).toBe(ordered._sum.quantity);
    expect(rows.some((r) => /non planifié/.test(r[1]!)), "every round of the day is planned").toBe(false);
    expect((await baker.get(`/api/bakery-production?date=${DATE}`)).text).toContain("Total à produire");
    expect((await coordinator.get(`/api/bakery-production?date=${DATE}&organisationId=${bakery.id}`)).status).toBe(404);
    // The grocery's own sheet counts the bread its rounds carry: here, all of it.
    const grocery = await coordinator.get(`/api/bakery-production.csv?date=${DATE}`);
    expect(grocery.text.replace(/^\uFEFF/, "")).toBe(res.text.replace(/^\uFEFF/, ""));
  });
});
