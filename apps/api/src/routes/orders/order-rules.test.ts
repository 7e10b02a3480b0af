/**
 * Properties: the API applies the domain's rules. What it stores and answers equals `priceOrder`;
 * a refusal by the monthly cap carries the credit left; an order at cutoff − 1 s is taken and at
 * the cutoff itself is locked, including across the daylight-saving weekends.
 */
import { checkMonthlyCap, priceOrder } from "@tournee/domain/pricing";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { euros } from "../../use-cases/orders/order-view.js";
import { startTestApp, type TestApp, type TestClient } from "../../test-support/test-app.js";
import { addRoundPassage } from "../../test-support/world-catalogue.js";
import { buildWorld, PASSWORD, type World } from "../../test-support/world.js";

interface Placed {
  id: string;
  totalCents: number;
  creditLeftCents: number | null;
  lines: { offerId: string; unitPriceCents: number; lineTotalCents: number; staff: { referenceUnitPriceCents: number; socialPrice: boolean } }[];
  staff: { referenceTotalCents: number; capReferenceCents: number };
}
interface Problem {
  code: string;
  detail: string;
  errors?: { message: string }[];
}

let app: TestApp;
let w: World;
let coord: TestClient;
let round: { organisationId: string; stopId: string; templateId: string };

beforeAll(async () => {
  app = await startTestApp();
  w = await buildWorld(app.db.prisma);
  app.clock.now = new Date("2026-03-20T10:00:00Z");
  round = { organisationId: w.org.groceryA, stopId: w.catalogue.stopId, templateId: w.catalogue.templateId };
  coord = await app.client().login(w.users.coordA.email, PASSWORD);
}, 60_000);
afterAll(() => app.close());

/** The world's rights: Referred 20 % with a 150 € cap, Other 10 % without cap, Delegated none. */
const RIGHTS = () => ({
  [w.households.referred]: { participationRatePercent: 20, monthlyCapCents: 15000, validFrom: "2026-03-10", validTo: "2026-08-31", status: "active" as const },
  [w.households.other]: { participationRatePercent: 10, monthlyCapCents: null, validFrom: "2026-03-10", validTo: "2026-08-31", status: "active" as const },
  [w.households.delegated]: null,
});

describe("prices and caps as the domain computes them", () => {
  it("stores priceOrder's prices, and a cap refusal says how much credit is left", async () => {
    const passage = await addRoundPassage(app.db.prisma, round, "2026-04-21", {});
    let sku = 0;
    const line = fc.record({ price: fc.integer({ min: 0, max: 20_000 }), social: fc.boolean(), quantity: fc.integer({ min: 1, max: 6 }) });
    await fc.assert(
      fc.asyncProperty(fc.constantFrom("referred", "other", "delegated") as fc.Arbitrary<"referred" | "other" | "delegated">, fc.array(line, { minLength: 1, maxLength: 3 }), async (who, lines) => {
        const offerIds: string[] = [];
        for (const l of lines) {
          const product = await app.db.prisma.product.create({ data: { organisationId: w.org.groceryA, sku: `P${sku++}`, name: `Produit ${sku}`, shelf: "Rayon", unit: "u", kind: "grocery", compartment: "ambient", referencePriceCents: l.price } });
          const offer = await app.db.prisma.offer.create({ data: { organisationId: w.org.groceryA, productId: product.id, socialPricing: l.social } });
          await app.db.prisma.offerStock.create({ data: { offerId: offer.id, templateId: round.templateId, date: new Date("2026-04-21T00:00:00Z"), quantity: 100 } });
          offerIds.push(offer.id);
        }
        const householdId = w.households[who];
        const expected = priceOrder(lines.map((l) => ({ referencePriceCents: l.price, socialPricing: l.social, quantity: l.quantity })), RIGHTS()[householdId], "2026-04-21");
        const cap = checkMonthlyCap(who === "referred" ? 15000 : null, 0, expected.lines);
        const res = await coord.post<Placed & Problem>("/api/orders", { householdId, passageId: passage.id, lines: lines.map((l, i) => ({ offerId: offerIds[i], quantity: l.quantity })) });
        if (!cap.ok) {
          expect(res.status).toBe(422);
          expect(res.body.code).toBe("credit_cap_exceeded");
          expect(res.body.detail).toContain(`${euros(cap.leftCents)} is left`);
          expect(res.body.errors?.[0]?.message).toBe(`creditLeftCents=${cap.leftCents} exceededByCents=${cap.exceededByCents}`);
          return;
        }
        expect(res.status).toBe(201);
        // Lines come back sorted by product name, in the database's collation: compare by offer.
        const byOffer = (pairs: [string, unknown][]) => Object.fromEntries(pairs);
        expect(byOffer(res.body.lines.map((l) => [l.offerId, [l.unitPriceCents, l.lineTotalCents, l.staff.referenceUnitPriceCents, l.staff.socialPrice]]))).toEqual(
          byOffer(expected.lines.map((l, i) => [offerIds[i]!, [l.unitPriceCents, l.lineTotalCents, l.referencePriceCents, l.socialPriceApplied]])),
        );
        expect([res.body.totalCents, res.body.staff.referenceTotalCents, res.body.staff.capReferenceCents]).toEqual([expected.totalCents, expected.referenceTotalCents, expected.socialReferenceCents]);
        expect(res.body.creditLeftCents).toBe(cap.leftAfterCents);
        const stored = await app.db.prisma.order.findUniqueOrThrow({ where: { id: res.body.id } });
        expect(stored.totalCents).toBe(expected.totalCents);
        expect((await coord.post(`/api/orders/${res.body.id}/cancel`)).status).toBe(200);
      }),
      { numRuns: 20 },
    );
  }, 120_000);

  it("counts the other orders of the same Paris month against the cap, not those of the next month", async () => {
    const prisma = app.db.prisma;
    const product = await prisma.product.create({ data: { organisationId: w.org.groceryA, sku: "COLIS", name: "Colis", shelf: "Rayon", unit: "colis", kind: "grocery", compartment: "ambient", referencePriceCents: 5000 } });
    const offer = await prisma.offer.create({ data: { organisationId: w.org.groceryA, productId: product.id, socialPricing: true } });
    const [first, second, july] = await Promise.all(["2026-06-02", "2026-06-30", "2026-07-07"].map((d) => addRoundPassage(prisma, round, d, { [offer.id]: 10 })));
    const order = (passageId: string, quantity: number) => coord.post<Placed & Problem>("/api/orders", { householdId: w.households.referred, passageId, lines: [{ offerId: offer.id, quantity }] });
    expect((await order(first!.id, 2)).body.creditLeftCents).toBe(5000);
    const refused = await order(second!.id, 2);
    expect(refused.status).toBe(422);
    expect(refused.body.detail).toBe("this order goes over the monthly credit by 50.00 €: 50.00 € is left for 2026-06. Remove or lower some lines.");
    expect((await order(second!.id, 1)).body.creditLeftCents).toBe(0);
    expect((await order(july!.id, 3)).body.creditLeftCents).toBe(0);
  });
});

describe("cutoff, in Paris time, across daylight-saving weekends", () => {
  const cases = [
    { passage: "2026-03-30", cutoff: "2026-03-29T16:00:00.000Z", label: "the day clocks go forward" },
    { passage: "2026-10-26", cutoff: "2026-10-25T17:00:00.000Z", label: "the day clocks go back" },
  ];
  for (const c of cases) {
    it(`takes an order at cutoff − 1 s and locks it at the cutoff, 18:00 Paris on ${c.label}`, async () => {
      const passage = await addRoundPassage(app.db.prisma, round, c.passage, { [w.catalogue.offers.bread]: 100 });
      expect(passage.cutoffAt.toISOString()).toBe(c.cutoff);
      const cutoff = Date.parse(c.cutoff);
      app.clock.now = new Date(cutoff - 1000);
      const relayNow = await app.client().login(w.users.relay.email, PASSWORD);
      const coordNow = await app.client().login(w.users.coordA.email, PASSWORD);
      const placed = await relayNow.post<Placed>("/api/orders", { householdId: w.households.delegated, passageId: passage.id, lines: [{ offerId: w.catalogue.offers.bread, quantity: 1 }] });
      expect(placed.status).toBe(201);
      app.clock.now = new Date(cutoff);
      const locked = await relayNow.patch<Problem>(`/api/orders/${placed.body.id}`, { lines: [{ offerId: w.catalogue.offers.bread, quantity: 2 }] });
      expect(locked.status).toBe(409);
      expect(locked.body.code).toBe("order_locked");
      const closedOn = `closed on ${c.passage.slice(0, 8)}${String(Number(c.passage.slice(8)) - 1).padStart(2, "0")} at 18:00 (Paris time, ${c.cutoff})`;
      expect(locked.body.detail).toContain(closedOn);
      expect((await relayNow.post<Problem>(`/api/orders/${placed.body.id}/cancel`)).body.code).toBe("order_locked");
      // A coordinator may still take one, saying why.
      const late = await coordNow.post<Problem>("/api/orders", { householdId: w.households.other, passageId: passage.id, lines: [{ offerId: w.catalogue.offers.bread, quantity: 1 }] });
      expect([late.body.code, late.body.detail]).toEqual(["late_reason_required", expect.stringContaining(closedOn.replace("closed on ", ""))]);
      const order = await coordNow.get<{ locked: boolean; lines: { quantity: number }[] }>(`/api/orders/${placed.body.id}`);
      expect(order.body).toMatchObject({ locked: true, lines: [{ quantity: 1 }] });
    });
  }

  it("says a passage is open exactly while the clock is before its cutoff", async () => {
    const passage = await addRoundPassage(app.db.prisma, round, "2026-11-03", {});
    await app.db.prisma.household.update({ where: { id: w.households.other }, data: { usualStopId: round.stopId } });
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: -3 * 3600, max: 3 * 3600 }), async (seconds) => {
        app.clock.now = new Date(passage.cutoffAt.getTime() + seconds * 1000);
        const client = await app.client().login(w.users.coordA.email, PASSWORD);
        const res = await client.get<{ id: string; open: boolean }[]>(`/api/passages?householdId=${w.households.other}&from=2026-11-03&to=2026-11-03`);
        expect(res.body).toEqual([expect.objectContaining({ id: passage.id, open: seconds < 0 })]);
      }),
      { numRuns: 15, examples: [[-1], [0]] },
    );
  });
});
