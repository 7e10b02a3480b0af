/**
 * What a household can order on one passage, at the price it pays, grouped by shelf, with the
 * units left on the round and the monthly credit left. How the price is made (reference price,
 * social price, rate, eligibility) is shown to the organisation's coordinators only.
 */
import { eligibilityState, priceLine } from "@tournee/domain/pricing";
import type { Actor } from "../../auth/actor.js";
import type { Services } from "../../services.js";
import { capOn, creditLeft, creditUsedInMonth, householdRights, isoDate } from "../orders/household-rights.js";
import { orderingHouseholdAt } from "../orders/ordering-household.js";
import { householdUsuals } from "../orders/usual-products.js";
import { passageView } from "./household-passages.js";
import { suppliedOffers } from "../producers/supplied-offers.js";
import { provenanceOf } from "./provenance.js";
import { closedBakeries, closedBakeryList } from "./closed-bakeries.js";

export async function passageCatalogue({ services, actor, passageId, householdId }: { services: Services; actor: Actor; passageId: string; householdId: string }) {
  const prisma = services.db.prisma;
  const { household, relation, passage } = await orderingHouseholdAt(services, actor, householdId, passageId);
  const date = isoDate(passage.date);
  // A one-off passage (no round) sells the organisation's one-off stock of its date (templateId null).
  const stock = await prisma.offerStock.findMany({
    where: { templateId: passage.templateId, date: passage.date, offer: { organisationId: passage.organisationId, active: true, product: { active: true } } },
    include: { offer: { include: { product: true } } },
  });
  // A farm's goods are offered only as far as it declared it can supply them that date, across every round.
  const supplied = await suppliedOffers(prisma, passage.organisationId, stock.map((s) => s.offerId));
  const declared = new Map((await prisma.supplyDeclaration.findMany({ where: { date: passage.date, offerId: { in: [...supplied] } } })).map((d) => [d.offerId, d.quantity - d.reserved]));
  const offered = stock.filter((s) => !supplied.has(s.offerId) || declared.has(s.offerId));
  const rights = await householdRights(prisma, household.id, passage.organisationId, date);
  const cap = capOn(rights, date);
  const used = cap === null ? 0 : await creditUsedInMonth(prisma, household.id, passage.organisationId, date);
  const staff = relation === "staff";
  const provenance = await provenanceOf(prisma, passage.organisationId, offered.map((s) => s.offer.product));
  const makers = [...new Set(offered.filter((s) => s.offer.product.compartment === "bread").map((s) => s.offer.product.organisationId))];
  const closed = await closedBakeries(prisma, passage.organisationId, date, makers);
  const shelves = new Map<string, ReturnType<typeof item>[]>();
  function item(s: (typeof stock)[number]) {
    const { product } = s.offer;
    const price = priceLine({ referencePriceCents: product.referencePriceCents, socialPricing: s.offer.socialPricing, quantity: 1 }, rights, date);
    // Bread of a bakery closed that day stays listed, where it is looked for, but cannot be ordered.
    const bakeryClosed = product.compartment === "bread" && closed.has(product.organisationId);
    return {
      offerId: s.offerId,
      productId: product.id,
      name: product.name,
      unit: product.unit,
      compartment: product.compartment,
      unitPriceCents: price.unitPriceCents,
      available: bakeryClosed ? 0 : Math.max(0, Math.min(s.quantity - s.reserved, declared.get(s.offerId) ?? Infinity)),
      bakeryClosed,
      provenance: provenance.get(product.id) ?? null,
      ...(staff ? { staff: { referencePriceCents: product.referencePriceCents, socialPrice: price.socialPriceApplied } } : {}),
    };
  }
  for (const s of offered) shelves.set(s.offer.product.shelf, [...(shelves.get(s.offer.product.shelf) ?? []), item(s)]);
  return {
    householdId: household.id,
    passage: passageView(passage, services.now()),
    // A relay orders and collects the money, but never learns the household's credit.
    creditLeftCents: relation === "delegated" ? null : creditLeft(cap, used),
    closedBakeries: closedBakeryList(closed, date),
    shelves: [...shelves.entries()]
      .sort(([a], [b]) => a.localeCompare(b, "fr"))
      .map(([shelf, items]) => ({ shelf, items: items.sort((a, b) => a.name.localeCompare(b.name, "fr")) })),
    ...(await householdUsuals(prisma, household.id, passage.organisationId, passage.id)),
    ...(staff
      ? { staff: { eligibilityState: eligibilityState(rights, date), participationRatePercent: rights?.participationRatePercent ?? null, monthlyCapCents: cap } }
      : {}),
  };
}
