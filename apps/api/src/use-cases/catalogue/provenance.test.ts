import type { Catalogue } from "@tournee/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../test-support/test-app.js";
import { buildWorld, PASSWORD, type World } from "../../test-support/world.js";
import { addProducer, type ProducerWorld } from "../../test-support/world-producer.js";

let app: TestApp;
let w: World;
let farm: ProducerWorld;

beforeAll(async () => {
  app = await startTestApp();
  app.clock.now = new Date("2029-12-20T10:00:00Z");
  w = await buildWorld(app.db.prisma);
  farm = await addProducer(app.db.prisma, w);
});
afterAll(() => app.close());

const catalogue = async (who: "resident" | "relay", householdId: string) => {
  const client = await app.client().login(w.users[who].email, PASSWORD);
  const res = await client.get<Catalogue>(`/api/passages/${w.catalogue.passages.open}/catalogue?householdId=${householdId}`);
  expect(res.status, res.text).toBe(200);
  return res.body.shelves.flatMap((s) => s.items);
};

describe("where a farm product comes from", () => {
  it("is shown to residents on the product: the farm, its commune, the distance, labels and the short-circuit mark", async () => {
    const items = await catalogue("resident", w.households.own);
    expect(items.find((i) => i.offerId === farm.offers.apples)?.provenance).toEqual({
      producerName: "Ferme des Combes", farmName: "Ferme des Combes", commune: "Felletin", distanceKm: 12, distanceKind: "road", labels: ["bio"], shortCircuit: true,
    });
    expect(items.find((i) => i.offerId === w.catalogue.offers.pasta)?.provenance).toBeNull();
  });

  it("is not claimed once the producer no longer supplies the grocery directly", async () => {
    await app.db.prisma.supplyAgreement.updateMany({ where: { producerId: farm.producerId }, data: { active: false } });
    const items = await catalogue("relay", w.households.delegated);
    expect(items.find((i) => i.offerId === farm.offers.apples)?.provenance).toBeNull();
    await app.db.prisma.supplyAgreement.updateMany({ where: { producerId: farm.producerId }, data: { active: true } });
  });
});
