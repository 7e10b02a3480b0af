/**
 * The phone-order desk: a coordinator places or changes a household's order at its own price,
 * saying whether it came by phone or on paper; after the cutoff only with a reason, only while
 * stock lasts and until the round leaves. Residents and relays cannot do either.
 */
import { participationPrice } from "@tournee/domain/pricing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp, type TestClient } from "../../test-support/test-app.js";
import { addRoundPassage } from "../../test-support/world-catalogue.js";
import { buildWorld, PASSWORD, type World } from "../../test-support/world.js";

interface Order {
  id: string;
  channel: string;
  version: number;
  enteredBy: { id: string };
  totalCents: number;
  lines: { offerId: string; quantity: number; unitPriceCents: number }[];
  staff?: { lateReason?: string | null };
}
interface Problem { code: string; errors?: { path: string }[] }

let app: TestApp;
let w: World;
let coord: TestClient, coordB: TestClient, resident: TestClient, relay: TestClient;
let round: { organisationId: string; stopId: string; templateId: string };
/** A passage of the own household's halt whose cutoff is past (the clock is set after it). */
let late: { id: string; cutoffAt: Date };
let onTime: string;

beforeAll(async () => {
  app = await startTestApp();
  w = await buildWorld(app.db.prisma);
  const prisma = app.db.prisma;
  await prisma.household.update({ where: { id: w.households.own }, data: { usualStopId: w.catalogue.stopId } });
  await prisma.household.update({ where: { id: w.households.delegated }, data: { usualStopId: w.catalogue.stopId } });
  await prisma.eligibility.create({
    data: { householdId: w.households.own, organisationId: w.org.groceryA, participationRatePercent: 20, monthlyCapCents: null, validFrom: new Date("2026-03-01"), validTo: new Date("2026-09-30") },
  });
  round = { organisationId: w.org.groceryA, stopId: w.catalogue.stopId, templateId: w.catalogue.templateId };
  late = await addRoundPassage(prisma, round, "2026-05-12", { [w.catalogue.offers.pasta]: 5, [w.catalogue.offers.bread]: 40 });
  onTime = (await addRoundPassage(prisma, round, "2026-05-19", { [w.catalogue.offers.pasta]: 40, [w.catalogue.offers.bread]: 40 })).id;
  // Monday 11 May, 09:00 in Paris: the cutoff of Tuesday 12 (the day before, 18:00) is past, the 19th's is not.
  app.clock.now = new Date("2026-05-12T07:00:00Z");
  const login = (email: string) => app.client().login(email, PASSWORD);
  [coord, coordB, resident, relay] = await Promise.all([login(w.users.coordA.email), login(w.users.coordB.email), login(w.users.resident.email), login(w.users.relay.email)]);
}, 60_000);
afterAll(() => app.close());

const pasta = (quantity: number) => [{ offerId: w.catalogue.offers.pasta, quantity }];

describe("taking an order by phone or on paper", () => {
  it("prices it at the household's own rate, records the channel and who keyed it in", async () => {
    const placed = await coord.post<Order>("/api/orders", { householdId: w.households.own, passageId: onTime, lines: pasta(2), channel: "paper" });
    expect(placed.status, placed.text).toBe(201);
    expect(placed.body.channel).toBe("paper");
    expect(placed.body.enteredBy.id).toBe(w.users.coordA.id);
    expect(placed.body.lines[0]!.unitPriceCents).toBe(participationPrice(199, 20));
    expect(placed.body.totalCents).toBe(2 * participationPrice(199, 20));

    const changed = await coord.patch<Order>(`/api/orders/${placed.body.id}`, { lines: pasta(3), channel: "phone" });
    expect(changed.status, changed.text).toBe(200);
    expect([changed.body.channel, changed.body.lines[0]!.quantity]).toEqual(["phone", 3]);
    const audit = await app.db.prisma.auditEntry.findMany({ where: { entity: "Order", entityId: placed.body.id }, orderBy: { id: "asc" } });
    expect(audit.map((a) => [a.action, (a.changes as { channel: string }).channel])).toEqual([["place", "paper"], ["change", "phone"]]);
  });

  it("refuses an order after the cutoff without a reason, naming the field; with one, keeps the reason with the order", async () => {
    const bare = await coord.post<Problem>("/api/orders", { householdId: w.households.delegated, passageId: late.id, lines: pasta(1), channel: "phone" });
    expect([bare.status, bare.body.code, bare.body.errors?.map((e) => e.path)]).toEqual([422, "late_reason_required", ["lateReason"]]);
    expect(await app.db.prisma.order.count({ where: { passageId: late.id } })).toBe(0);

    const reason = "A appelé ce matin : sortie d'hôpital hier soir";
    const taken = await coord.post<Order>("/api/orders", { householdId: w.households.delegated, passageId: late.id, lines: pasta(1), channel: "phone", lateReason: reason });
    expect(taken.status, taken.text).toBe(201);
    expect(taken.body.staff?.lateReason).toBe(reason);
    const audit = await app.db.prisma.auditEntry.findFirstOrThrow({ where: { entity: "Order", entityId: taken.body.id } });
    expect((audit.changes as { lateReason: string }).lateReason).toBe(reason);
  });

  it("takes a late order only while the round's stock lasts, saying what is left, and changes nothing when refused", async () => {
    const short = await coord.post<Problem & { errors: { path: string; message: string }[] }>("/api/orders", {
      householdId: w.households.own, passageId: late.id, lines: pasta(9), channel: "phone", lateReason: "Oubli de sa voisine",
    });
    expect([short.status, short.body.code]).toEqual([409, "stock_exhausted"]);
    expect(short.body.errors[0]!.message).toContain("4 left");
    const stock = await app.db.prisma.offerStock.findFirstOrThrow({ where: { offerId: w.catalogue.offers.pasta, templateId: round.templateId, date: new Date("2026-05-12T00:00:00Z") } });
    expect(stock.reserved).toBe(1);
  });

  it("repeats the last order after the cutoff with a reason, by phone", async () => {
    const bare = await coord.post<Problem>("/api/orders/repeat", { householdId: w.households.own, passageId: late.id, channel: "phone" });
    expect(bare.body.code).toBe("late_reason_required");
    const repeated = await coord.post<Order>("/api/orders/repeat", { householdId: w.households.own, passageId: late.id, channel: "phone", lateReason: "Appel du matin" });
    expect(repeated.status, repeated.text).toBe(201);
    expect(repeated.body.channel).toBe("phone");
  });

  it("gives a published round a new version when its orders change, and refuses once the round has left", async () => {
    const prisma = app.db.prisma;
    const tour = await prisma.tour.create({ data: { organisationId: w.org.groceryA, date: new Date("2026-05-12T00:00:00Z"), status: "published", version: 3, driverId: w.users.driverA1.id } });
    await prisma.passage.update({ where: { id: late.id }, data: { tourId: tour.id, sequence: 0 } });
    const order = await prisma.order.findFirstOrThrow({ where: { passageId: late.id, householdId: w.households.delegated } });
    const changed = await coord.patch<Order>(`/api/orders/${order.id}`, { lines: pasta(2), lateReason: "Veut deux paquets finalement" });
    expect(changed.status, changed.text).toBe(200);
    expect((await prisma.tour.findUniqueOrThrow({ where: { id: tour.id } })).version).toBe(4);

    await prisma.tour.update({ where: { id: tour.id }, data: { status: "in_progress" } });
    const left = await coord.patch<Problem>(`/api/orders/${order.id}`, { lines: pasta(1), lateReason: "Finalement un seul" });
    expect([left.status, left.body.code]).toEqual([409, "round_left"]);
  });

  it("keeps the cutoff for residents and relays, who can neither pass a reason nor say the channel", async () => {
    const locked = await resident.post<Problem>("/api/orders", { householdId: w.households.own, passageId: late.id, lines: pasta(1) });
    expect(locked.body.code).toBe("order_locked");
    const withReason = await relay.post<Problem>("/api/orders", { householdId: w.households.delegated, passageId: onTime, lines: pasta(1), lateReason: "Je suis la mairie" });
    expect([withReason.status, withReason.body.errors?.map((e) => e.path)]).toEqual([400, ["lateReason"]]);
    const withChannel = await relay.post<Problem>("/api/orders", { householdId: w.households.delegated, passageId: onTime, lines: pasta(1), channel: "phone" });
    expect([withChannel.status, withChannel.body.errors?.map((e) => e.path)]).toEqual([400, ["channel"]]);
  });

  it("lets only the household's own organisation's coordinators take its orders", async () => {
    const other = await coordB.post<Problem>("/api/orders", { householdId: w.households.other, passageId: onTime, lines: pasta(1), channel: "phone" });
    expect(other.status).toBe(404);
  });
});
