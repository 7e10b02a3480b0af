/** The sheets of a planned demo day: loading order, bread counts, and nothing that reveals a social status. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../../seed/index.js";
import { startTestApp, type TestApp, type TestClient } from "../../test-support/test-app.js";
import { dbDate } from "../planning/coordinated-organisation.js";
import { planDay } from "../planning/plan-day.js";

const DATE = "2026-03-10";
let app: TestApp;
let coordinator: TestClient;
let tourId: string;

beforeAll(async () => {
  app = await startTestApp();
  await seedDemo(app.db.prisma, { today: "2026-03-05" });
  const grocery = await app.db.prisma.organisation.findFirstOrThrow({ where: { kind: "social_grocery" } });
  const planned = await planDay(app.services, { organisationId: grocery.id, date: DATE, timeLimitSeconds: 1 });
  tourId = planned.tours.sort((a, b) => b.stops - a.stops)[0]!.tourId;
  coordinator = await app.client().login("coordination@tournee.test");
}, 120_000);
afterAll(() => app.close());

describe("sheets", () => {
  it("lists the loading per compartment, the last stop's goods first, as CSV", async () => {
    const res = await coordinator.get(`/api/tours/${tourId}/loading-list.csv`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/csv/);
    const rows = res.text.replace(/^\uFEFF/, "").trim().split("\r\n").map((l) => l.split(";"));
    expect(rows[0]).toEqual(["Compartiment", "Arrêt n°", "Arrêt", "Heure", "Foyer", "Produit", "Unité", "Quantité"]);
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
  });

  it("counts each bread for the bakery, per tour, matching the orders", async () => {
    const bakery = await app.db.prisma.organisation.findFirstOrThrow({ where: { kind: "solidarity_bakery" } });
    const baker = await app.client().login("boulangerie@tournee.test");
    const res = await baker.get(`/api/bakery-production.csv?date=${DATE}&organisationId=${bakery.id}`);
    expect(res.status, res.text).toBe(200);
    const rows = res.text.replace(/^\uFEFF/, "").trim().split("\r\n").slice(1).map((l) => l.split(";"));
    const ordered = await app.db.prisma.orderLine.aggregate({
      _sum: { quantity: true },
      where: { product: { organisationId: bakery.id, compartment: "bread" }, order: { status: { not: "cancelled" }, passage: { date: dbDate(DATE), status: "scheduled" } } },
    });
    expect(rows.reduce((s, r) => s + Number(r[3]), 0)).toBe(ordered._sum.quantity);
    expect(rows.some((r) => r[0] === "Non planifié")).toBe(false);
    expect((await baker.get(`/api/bakery-production?date=${DATE}&organisationId=${bakery.id}`)).text).toContain("Total à produire");
    expect((await coordinator.get(`/api/bakery-production?date=${DATE}&organisationId=${bakery.id}`)).status).toBe(404);
  });
});
