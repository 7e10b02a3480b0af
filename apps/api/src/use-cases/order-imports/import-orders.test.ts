import type { OrderImportPreview, OrderImportResult } from "@tournee/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp, type TestClient } from "../../test-support/test-app.js";
import { buildWorld, PASSWORD, type World } from "../../test-support/world.js";

let app: TestApp;
let world: World;
let coord: TestClient;

beforeAll(async () => {
  app = await startTestApp();
  world = await buildWorld(app.db.prisma);
  app.clock.now = new Date("2030-01-10T10:00:00Z");
  await app.db.prisma.household.updateMany({ where: { id: { in: [world.households.own, world.households.other] } }, data: { usualStopId: world.catalogue.stopId } });
  coord = await app.client().login(world.users.coordA.email, PASSWORD);
});
afterAll(() => app.close());

const file = (...rows: string[]) => ["household;date;stop;sku;quantity;channel", ...rows].join("\n");

describe("orders imported in bulk", () => {
  it("reports every line it cannot read, and places nothing", async () => {
    const csv = file("Nobody;15/01/2030;;PATES-500;1;", "Own;31/02/2030;;PATES-500;1;", "Own;2030-01-16;;PATES-500;1;", "Own;15/01/2030;;CAVIAR;1;fax", "Own;15/01/2030;;PATES-500;0;");
    const preview = await coord.post<OrderImportPreview>("/api/order-imports/preview", { organisationId: world.org.groceryA, csv });
    expect(preview.body.errors.map((e) => [e.line, e.column, e.code])).toEqual([
      [2, "household", "unknown_household"],
      [3, "date", "not_a_date"],
      [4, "date", "no_passage"],
      [5, "sku", "unknown_product"],
      [5, "channel", "not_allowed"],
      [6, "quantity", "too_small"],
    ]);
    const refused = await coord.post<{ code: string }>("/api/order-imports", { organisationId: world.org.groceryA, csv });
    expect([refused.status, refused.body.code]).toEqual([422, "import_invalid"]);
    expect(await app.db.prisma.order.count({ where: { passageId: world.catalogue.passages.open } })).toBe(0);
  });

  it("places each order like a single one: a refused order is listed, the others are placed, and a second file changes them", async () => {
    await app.db.prisma.offerStock.updateMany({ where: { offerId: world.catalogue.offers.pasta, date: new Date("2030-01-15T00:00:00Z") }, data: { quantity: 6 } });
    const csv = file("Own;15/01/2030;Place de la mairie;PATES-500;2;paper", "own;15/01/2030;;PAIN-400;1;paper", "Other;15/01/2030;;PATES-500;3;phone", "Other;15/01/2030;;PATES-500;3;phone");
    const preview = await coord.post<OrderImportPreview>("/api/order-imports/preview", { organisationId: world.org.groceryA, csv });
    expect(preview.body.errors).toEqual([]);
    expect(preview.body.orders.map((o) => [o.household.name, o.lines, o.items.map((i) => [i.sku, i.quantity]), o.action])).toEqual([
      ["Own", [2, 3], [["PATES-500", 2], ["PAIN-400", 1]], "create"],
      ["Other", [4, 5], [["PATES-500", 6]], "create"],
    ]);
    const result = await coord.post<OrderImportResult>("/api/order-imports", { organisationId: world.org.groceryA, csv });
    expect(result.status, result.text).toBe(200);
    expect(result.body).toMatchObject({ placed: 1, changed: 0, refused: [{ lines: [4, 5], household: "Other", code: "stock_exhausted" }] });
    const own = await app.db.prisma.order.findFirstOrThrow({ where: { householdId: world.households.own, passageId: world.catalogue.passages.open }, include: { lines: true } });
    expect([own.channel, own.lines.length, own.totalCents]).toEqual(["paper", 2, 2 * 199 + 250]);

    const tooMany = await coord.post<OrderImportPreview>("/api/order-imports/preview", { organisationId: world.org.groceryA, csv: file("Own;15/01/2030;;PATES-500;60;", "Own;15/01/2030;;PATES-500;60;") });
    expect(tooMany.body.errors.map((e) => [e.line, e.code])).toEqual([[3, "too_large"]]);
    const again = await coord.post<OrderImportResult>("/api/order-imports", { organisationId: world.org.groceryA, csv: file("Own;15/01/2030;;PATES-500;3;") });
    expect(again.body).toEqual({ placed: 0, changed: 1, refused: [] });
    expect((await app.db.prisma.order.findUniqueOrThrow({ where: { id: own.id }, include: { lines: true } })).lines.map((l) => l.quantity)).toEqual([3]);
  });

  it("reads French column names and channels, and names a column as the file writes it", async () => {
    const csv = "Foyer;Date;Arrêt;Référence;Quantité;Canal\nOther;15/01/2030;Place de la mairie;PATES-500;1;Téléphone\nOther;15/01/2030;;PAIN-400;1;fax\n";
    const preview = await coord.post<OrderImportPreview>("/api/order-imports/preview", { organisationId: world.org.groceryA, csv });
    expect(preview.body.errors.map((e) => [e.line, e.column, e.code])).toEqual([[3, "Canal", "not_allowed"]]);
    const fixed = await coord.post<OrderImportPreview>("/api/order-imports/preview", { organisationId: world.org.groceryA, csv: csv.replace("fax", "papier") });
    expect(fixed.body.orders.map((o) => [o.household.name, o.channel, o.items.length])).toEqual([["Other", "phone", 2]]);
  });

  it("sets stock for several offers and dates in one call, or none when one is below what is ordered", async () => {
    const { offers, templateId } = world.catalogue;
    const organisationId = world.org.groceryA;
    const set = (entries: unknown[]) => coord.request<{ entries: { quantity: number }[]; code?: string; errors?: { path: string }[] }>("PUT", "/api/offer-stock", { json: { organisationId, entries } });
    const ok = await set([{ offerId: offers.pasta, templateId, date: "2030-01-29", quantity: 40 }, { offerId: offers.bread, templateId, date: "2030-01-29", quantity: 30 }, { offerId: offers.bread, templateId: null, date: "2030-01-30", quantity: 12 }]);
    expect(ok.status, ok.text).toBe(200);
    expect(ok.body.entries.map((e) => e.quantity)).toEqual([40, 30, 12]);
    const below = await set([{ offerId: offers.bread, templateId, date: "2030-01-29", quantity: 5 }, { offerId: offers.pasta, templateId, date: "2030-01-15", quantity: 1 }]);
    expect([below.status, below.body.code, below.body.errors!.map((e) => e.path)]).toEqual([409, "conflict", ["entries.1.quantity"]]);
    const bread = await app.db.prisma.offerStock.findFirstOrThrow({ where: { offerId: offers.bread, templateId, date: new Date("2030-01-29T00:00:00Z") } });
    expect(bread.quantity).toBe(30);
  });
});
