/**
 * The demo's producers: their farms, their agreements with the grocery (the farm's distance to the
 * warehouse as the crow flies, labelled so: the seed asks no road router), their products, the
 * grocery's offers of them at the agreed producer prices, the room each round has for them and
 * what the farms declared they can supply.
 */
import { randomUUID } from "node:crypto";
import type { Prisma } from "../generated/prisma/client.js";
import { dbDate, minutes } from "./dates.js";
import { haversineKm } from "./geo.js";
import type { OrganisationsPlan } from "./plan-organisations.js";
import type { RoundsPlan } from "./plan-rounds.js";
import { DEMO_PRODUCERS } from "./producers.js";

/** Units of each producer's product a round has room for, and what the farm declared it can supply on a date. */
const ROOM_PER_ROUND = 40;
const SUPPLIED_PER_DATE = 15;

export interface ProducersPlan {
  sites: Prisma.SiteCreateManyInput[];
  agreements: Prisma.SupplyAgreementCreateManyInput[];
  products: Prisma.ProductCreateManyInput[];
  offers: Prisma.OfferCreateManyInput[];
  stock: Prisma.OfferStockCreateManyInput[];
  declarations: Prisma.SupplyDeclarationCreateManyInput[];
}

export function planProducers(orgs: OrganisationsPlan, rounds: RoundsPlan): ProducersPlan {
  const plan: ProducersPlan = { sites: [], agreements: [], products: [], offers: [], stock: [], declarations: [] };
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
      organisationId: grocery, producerId, farmSiteId, route: producer.route,
      ...(producer.route === "warehouse_drop" ? { dropSiteId: warehouse.id, dropByMinute: minutes(producer.dropBy) } : {}),
      distanceM: Math.round(haversineKm(producer.farm, warehouse) * 1000), distanceKind: "straight_line",
    });
    for (const { producerPriceCents, ...spec } of producer.products) {
      const productId = randomUUID();
      const offerId = randomUUID();
      plan.products.push({ id: productId, organisationId: producerId, kind: "producer", ...spec });
      // The grocery's social prices apply to farm goods too: it pays the producer the agreed price whatever the household paid.
      plan.offers.push({ id: offerId, organisationId: grocery, productId, socialPricing: true, producerPriceCents });
      for (const templateId of rounds.templateOfArea.values()) {
        for (const { date } of rounds.weeks) plan.stock.push({ offerId, templateId, date: dbDate(date), quantity: ROOM_PER_ROUND, reserved: 0 });
      }
      // What the farm can supply: the market gardener has next week's date still to declare.
      for (const { date } of rounds.weeks.filter((w) => producer.key !== "gardener" || w.kind !== "open")) {
        plan.declarations.push({ offerId, date: dbDate(date), quantity: SUPPLIED_PER_DATE, reserved: 0 });
      }
    }
  }
  return plan;
}
