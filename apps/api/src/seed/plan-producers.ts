/**
 * The demo's producers: their farms, their agreements with the grocery (the farm's distance to the
 * warehouse as the crow flies, labelled so: the seed asks no road router), their products, the
 * grocery's offers of them at the agreed producer prices, and the stock each round carries.
 */
import { randomUUID } from "node:crypto";
import type { Prisma } from "../generated/prisma/client.js";
import { dbDate, minutes } from "./dates.js";
import { haversineKm } from "./geo.js";
import type { OrganisationsPlan } from "./plan-organisations.js";
import type { RoundsPlan } from "./plan-rounds.js";
import { DEMO_PRODUCERS } from "./producers.js";

/** Units of each producer's product each round carries. */
const UNITS_PER_ROUND = 15;

export interface ProducersPlan {
  sites: Prisma.SiteCreateManyInput[];
  agreements: Prisma.SupplyAgreementCreateManyInput[];
  products: Prisma.ProductCreateManyInput[];
  offers: Prisma.OfferCreateManyInput[];
  stock: Prisma.OfferStockCreateManyInput[];
}

export function planProducers(orgs: OrganisationsPlan, rounds: RoundsPlan): ProducersPlan {
  const plan: ProducersPlan = { sites: [], agreements: [], products: [], offers: [], stock: [] };
  const grocery = orgs.orgIds.grocery;
  const warehouse = orgs.sites.find((s) => s.organisationId === grocery && s.kind === "warehouse");
  if (!warehouse?.id) throw new Error("the grocery has no warehouse");
  for (const producer of DEMO_PRODUCERS) {
    const producerId = orgs.orgIds[producer.key];
    const farmSiteId = randomUUID();
    const { weekdays, from, to } = producer.opening;
    plan.sites.push({
      id: farmSiteId, organisationId: producerId, kind: "farm", ...producer.farm,
      openingHours: weekdays.map((weekday) => ({ weekday, from: minutes(from), to: minutes(to) })),
    });
    plan.agreements.push({
      organisationId: grocery, producerId, farmSiteId, route: "warehouse_drop", dropSiteId: warehouse.id, dropByMinute: minutes(producer.dropBy),
      distanceM: Math.round(haversineKm(producer.farm, warehouse) * 1000), distanceKind: "straight_line",
    });
    for (const { producerPriceCents, ...spec } of producer.products) {
      const productId = randomUUID();
      const offerId = randomUUID();
      plan.products.push({ id: productId, organisationId: producerId, kind: "producer", ...spec });
      // The grocery's social prices apply to farm goods too: it pays the producer the agreed price whatever the household paid.
      plan.offers.push({ id: offerId, organisationId: grocery, productId, socialPricing: true, producerPriceCents });
      for (const templateId of rounds.templateOfArea.values()) {
        for (const { date } of rounds.weeks) plan.stock.push({ offerId, templateId, date: dbDate(date), quantity: UNITS_PER_ROUND, reserved: 0 });
      }
    }
  }
  return plan;
}
