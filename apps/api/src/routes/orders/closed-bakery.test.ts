/**
 * Bread from a bakery closed on a passage's weekday cannot be ordered for it, by anyone: the
 * catalogue lists it as not orderable and says which bakery is closed, the server refuses it
 * naming the lines, and "same as last time" leaves it out. An order placed before the bakery's
 * hours changed stays; a change that keeps its bread is refused until the bread is removed, and the
 * production list flags it as not collected, not to bake; a home drop that ordered only that bread
 * is not to be planned that day.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp, type TestClient } from "../../test-support/test-app.js";
import { addRoundPassage } from "../../test-support/world-catalogue.js";
import { buildWorld, PASSWORD, type World } from "../../test-support/world.js";

interface Catalogue {
  closedBakeries: { name: string; weekday: number }[];
  shelves: { items: { offerId: string; available: number; bakeryClosed: boolean }[] }[];
}
interface Problem { code: string; detail: string; errors?: { path: string }[] }
interface Order { id: string; version: number; lines: { offerId: string; quantity: number }[]; dropped?: { productName: string; reason: string }[] }

/** Tuesdays and a Wednesday of the world's round, far from the world's other passages. */
const TUESDAY = "2030-03-05";
const NEXT_TUESDAY = "2030-03-12";
const WEDNESDAY = "2030-03-06";
const LATER_TUESDAY = "2030-03-19";
const BAKERY = "Fournil solidaire";

let app: TestApp;
let w: World;
let resident: TestClient, relay: TestClient, coord: TestClient;
let bakeryId: string;
const passages: Record<string, string> = {};
const hours = (weekdays: number[]) => weekdays.map((weekday) => ({ weekday, from: 240, to: 780 }));
const setHours = (weekdays: number[]) => app.db.prisma.site.update({ where: { id: bakeryId }, data: { openingHours: hours(weekdays) } });
const item = (catalogue: Catalogue, offerId: string) => catalogue.shelves.flatMap((s) => s.items).find((i) => i.offerId === offerId)!;

beforeAll(async () => {
  app = await startTestApp();
  w = await buildWorld(app.db.prisma);
  app.clock.now = new Date("2030-02-20T10:00:00Z");
  const prisma = app.db.prisma;
  await prisma.household.update({ where: { id: w.households.own }, data: { usualStopId: w.catalogue.stopId } });
  // The grocery's bread is collected at its bakery, open Wednesday to Saturday.
  bakeryId = (await prisma.site.create({ data: { organisationId: w.org.groceryA, kind: "bakery", name: BAKERY, addressLine: "Place du four", latitude: 46.1, longitude: 1.9, openingHours: hours([3, 4, 5, 6]) } })).id;
  const round = { organisationId: w.org.groceryA, stopId: w.catalogue.stopId, templateId: w.catalogue.templateId };
  const stock = { [w.catalogue.offers.pasta]: 50, [w.catalogue.offers.bread]: 50 };
  for (const date of [TUESDAY, NEXT_TUESDAY, WEDNESDAY, LATER_TUESDAY]) passages[date] = (await addRoundPassage(prisma, round, date, stock)).id;
  const login = (email: string) => app.client().login(email, PASSWORD);
  [resident, relay, coord] = await Promise.all([login(w.users.resident.email), login(w.users.relay.email), login(w.users.coordA.email)]);
}, 60_000);
afterAll(() => app.close());

describe("bread for a day its bakery is closed", () => {
  it("is listed in the catalogue as not orderable, with the bakery and the weekday it is closed, the other goods as usual, and the passage says so", async () => {
    const tuesday = (await resident.get<Catalogue>(`/api/passages/${passages[TUESDAY]}/catalogue?householdId=${w.households.own}`)).body;
    expect(tuesday.closedBakeries).toEqual([{ name: BAKERY, weekday: 2 }]);
    expect(item(tuesday, w.catalogue.offers.bread)).toMatchObject({ available: 0, bakeryClosed: true });
    expect(item(tuesday, w.catalogue.offers.pasta)).toMatchObject({ available: 50, bakeryClosed: false });
    const wednesday = (await coord.get<Catalogue>(`/api/passages/${passages[WEDNESDAY]}/catalogue?householdId=${w.households.own}`)).body;
    expect(wednesday.closedBakeries).toEqual([]);
    expect(item(wednesday, w.catalogue.offers.bread)).toMatchObject({ available: 50, bakeryClosed: false });
    // The household's coming passages say it too, where it chooses one.
    const coming = (await resident.get<{ id: string; closedBakeries: unknown[] }[]>(`/api/passages?householdId=${w.households.own}&from=${TUESDAY}&to=${WEDNESDAY}`)).body;
    expect(coming.map((p) => [p.id, p.closedBakeries])).toEqual([[passages[TUESDAY], [{ name: BAKERY, weekday: 2 }]], [passages[WEDNESDAY], []]]);
  });

  it("is refused to the resident, the relay and the order desk, naming the bread's line, and nothing is booked", async () => {
    const lines = [{ offerId: w.catalogue.offers.pasta, quantity: 2 }, { offerId: w.catalogue.offers.bread, quantity: 1 }];
    const attempts = [
      await resident.post<Problem>("/api/orders", { householdId: w.households.own, passageId: passages[TUESDAY], lines }),
      await relay.post<Problem>("/api/orders", { householdId: w.households.delegated, passageId: passages[TUESDAY], lines }),
      await coord.post<Problem>("/api/orders", { householdId: w.households.referred, passageId: passages[TUESDAY], channel: "phone", lines }),
    ];
    for (const refused of attempts) {
      expect([refused.status, refused.body.code, refused.body.errors?.map((e) => e.path)]).toEqual([422, "bakery_closed", ["lines.1.offerId"]]);
      expect(refused.body.detail).toContain(`${BAKERY} is closed on Tuesdays`);
    }
    expect(await app.db.prisma.order.count({ where: { passageId: passages[TUESDAY] } })).toBe(0);
    expect((await app.db.prisma.offerStock.findMany({ where: { templateId: w.catalogue.templateId, date: new Date(`${TUESDAY}T00:00:00Z`) } })).map((s) => s.reserved)).toEqual([0, 0]);
    const groceries = await resident.post<Order>("/api/orders", { householdId: w.households.own, passageId: passages[TUESDAY], lines: [lines[0]] });
    expect(groceries.status, groceries.text).toBe(201);
    const onWednesday = await resident.post<Order>("/api/orders", { householdId: w.households.own, passageId: passages[WEDNESDAY], lines });
    expect(onWednesday.status, onWednesday.text).toBe(201);
  });

  it("keeps an order placed before the bakery closed that weekday, and takes a change once its bread is removed", async () => {
    await setHours([2, 3, 4, 5, 6]);
    const placed = await relay.post<Order>("/api/orders", { householdId: w.households.delegated, passageId: passages[NEXT_TUESDAY], lines: [{ offerId: w.catalogue.offers.pasta, quantity: 1 }, { offerId: w.catalogue.offers.bread, quantity: 2 }] });
    expect(placed.status, placed.text).toBe(201);
    await setHours([3, 4, 5, 6]);
    expect((await app.db.prisma.order.findUniqueOrThrow({ where: { id: placed.body.id }, include: { lines: true } })).lines).toHaveLength(2);
    const kept = await relay.patch<Problem>(`/api/orders/${placed.body.id}`, { lines: [{ offerId: w.catalogue.offers.pasta, quantity: 3 }, { offerId: w.catalogue.offers.bread, quantity: 2 }] });
    expect([kept.status, kept.body.code]).toEqual([422, "bakery_closed"]);
    const removed = await relay.patch<Order>(`/api/orders/${placed.body.id}`, { lines: [{ offerId: w.catalogue.offers.pasta, quantity: 3 }] });
    expect(removed.status, removed.text).toBe(200);
    expect(removed.body.lines.map((l) => [l.offerId, l.quantity])).toEqual([[w.catalogue.offers.pasta, 3]]);
  });

  it("is left out of \"same as last time\", saying the bakery is closed that day", async () => {
    const repeated = await resident.post<Order>("/api/orders/repeat", { householdId: w.households.own, passageId: passages[NEXT_TUESDAY] });
    expect(repeated.status, repeated.text).toBe(201);
    expect(repeated.body.lines.map((l) => l.offerId)).toEqual([w.catalogue.offers.pasta]);
    expect(repeated.body.dropped).toEqual([{ productName: "Pain de campagne", reason: "bakery_closed", quantity: 1 }]);
  });

  it("is flagged on the production list as ordered and not collected, not to bake, and a home drop that ordered only it is not to be planned", async () => {
    const prisma = app.db.prisma;
    const home = await prisma.stop.create({ data: { organisationId: w.org.groceryA, kind: "home_drop", householdId: w.households.own, name: "Chez Own", city: "Guéret", latitude: 46.18, longitude: 1.88 } });
    const door = await addRoundPassage(prisma, { organisationId: w.org.groceryA, stopId: home.id, templateId: w.catalogue.templateId }, LATER_TUESDAY, {});
    await setHours([2, 3, 4, 5, 6]);
    const placed = await resident.post<Order>("/api/orders", { householdId: w.households.own, passageId: door.id, lines: [{ offerId: w.catalogue.offers.bread, quantity: 3 }] });
    expect(placed.status, placed.text).toBe(201);
    await setHours([3, 4, 5, 6]);
    const day = (await coord.get<{ leftOut: { passageId: string; reason: string }[]; warnings: { code: string; count?: number }[] }>(`/api/planning/${LATER_TUESDAY}`)).body;
    expect(day.leftOut.map((s) => [s.passageId, s.reason])).toEqual([[door.id, "site_closed"]]);
    expect(day.warnings).toContainEqual(expect.objectContaining({ code: "site_closed", count: 1 }));
    const days = (await coord.get<{ date: string; total: number; bakeryClosed: boolean }[]>(`/api/bread?from=${WEDNESDAY}&to=${LATER_TUESDAY}`)).body;
    expect(days.filter((d) => d.total > 0).map((d) => [d.date, d.total, d.bakeryClosed])).toEqual([[WEDNESDAY, 1, false], [LATER_TUESDAY, 3, true]]);
    const sheet = await coord.get(`/api/bakery-production?date=${LATER_TUESDAY}`);
    expect(sheet.text).toContain("La boulangerie est fermée ce jour-là");
    expect(sheet.text).toContain("Commandé, non retiré");
    expect(sheet.text).not.toContain("Total à produire");
    expect((await coord.get(`/api/bakery-production?date=${WEDNESDAY}`)).text).toContain("Total à produire");
    const csv = (await coord.get(`/api/bakery-production.csv?date=${LATER_TUESDAY}`)).text.trim().split(/\r?\n/).slice(1);
    expect(csv).toHaveLength(1);
    expect(csv[0]).toContain("boulangerie fermée ce jour-là : non retiré, à ne pas produire");
    expect((await coord.get(`/api/bakery-production.csv?date=${WEDNESDAY}`)).text).not.toContain("fermée");
  });
});
