/**
 * A pooled round: the Red Cross unit's food parcels ride on the grocery's weekly Nord round, to
 * eight households of its own who come to four of the round's halts, and a ninth served at home
 * (who has no parcel yet: the Red Cross places one, and the grocery's round takes it to her door). The partnership was proposed
 * by the Red Cross and accepted by the grocery six weeks ago; the weeks done were handed over and
 * the parcel's contribution paid at the door (one household absent), the demo day's are on the
 * driver's phone, next week's are placed. The Red Cross also proposes the Sud round, for the grocery to decide.
 */
import { randomUUID } from "node:crypto";
import { addDays, type LocalDate } from "@tournee/domain/calendar";
import type { Prisma } from "../generated/prisma/client.js";
import { dbDate, minutes, parisInstant } from "./dates.js";
import type { LiveWeek } from "./live-week.js";
import type { OrganisationsPlan } from "./plan-organisations.js";
import type { RoundsPlan } from "./plan-rounds.js";
import type { HouseholdsPlan } from "./plan-households.js";
import { ROUNDS } from "./rounds.js";
import { VILLAGES } from "./territory.js";

/** The Red Cross's households: names not used by the grocery's, so either side's screens can be checked for leaks. */
export const RED_CROSS_HOUSEHOLDS = [
  { name: "Mme Vasseur", village: "Saint-Maixant", address: "3 Route de la Gare", phone: "06 39 98 70 01" },
  { name: "M. Abdelkader", village: "Saint-Maixant", address: "Lieu-dit Les Granges", phone: "06 39 98 70 02" },
  { name: "Famille Kerbrat", village: "Lavaveix-les-Mines", address: "12 Rue des Mineurs", phone: "06 39 98 70 03" },
  { name: "Mme Oliveira", village: "Lavaveix-les-Mines", address: "5 Cité du Puits", phone: "06 39 98 70 04" },
  { name: "M. Quillet", village: "Chénérailles", address: "8 Place du Champ de Foire", phone: "06 39 98 70 05" },
  { name: "Mme Zerbib", village: "Chénérailles", address: "21 Route de Gouzon", phone: "06 39 98 70 06" },
  { name: "M. et Mme Hamelin", village: "Champagnat", address: "Lieu-dit Le Mas", phone: "06 39 98 70 07" },
  { name: "Mme Tchakounté", village: "Champagnat", address: "2 Le Bourg", phone: "06 39 98 70 08" },
  { name: "Mme Valadour", village: "Saint-Maixant", address: "Lieu-dit Le Mont", phone: "06 39 98 70 09", homeDrop: { accessNotes: "Maison au bout du chemin de terre, frapper fort : elle entend mal" } },
] as const;

/** A position as the address search gives it (about a metre), not "2.1752000000000002" on the household's form. */
const round5 = (degrees: number) => Math.round(degrees * 1e5) / 1e5;

/** What a parcel asks of the household: a contribution of 2 €, paid to the driver. */
const PARCEL_CENTS = 200;

export interface PooledRoundPlan {
  households: Prisma.HouseholdCreateManyInput[];
  products: Prisma.ProductCreateManyInput[];
  offers: Prisma.OfferCreateManyInput[];
  partnerships: Prisma.PartnershipCreateManyInput[];
  orders: Prisma.OrderCreateManyInput[];
  lines: Prisma.OrderLineCreateManyInput[];
  handovers: Prisma.HandoverCreateManyInput[];
  payments: Prisma.PaymentCreateManyInput[];
  /** The driver's concern about a Red Cross household: it reaches the Red Cross, whose household it is. */
  alerts: Prisma.WellbeingAlertCreateManyInput[];
}

export function planPooledRound(orgs: OrganisationsPlan, households: HouseholdsPlan, rounds: RoundsPlan, live: LiveWeek, today: LocalDate): PooledRoundPlan {
  const redCross = orgs.orgIds.redCross;
  const coordinator = orgs.staff.redCrossCoordinator;
  const nord = rounds.templateOfArea.get(ROUNDS[0]!.area)!;
  const plan: PooledRoundPlan = { households: [], products: [], offers: [], partnerships: [], orders: [], lines: [], handovers: [], payments: [], alerts: [] };
  const parcel = { id: randomUUID(), organisationId: redCross, sku: "CR-COLIS", name: "Colis alimentaire", shelf: "Aide alimentaire", unit: "colis", kind: "grocery" as const, compartment: "ambient" as const, sizePer100: 300, referencePriceCents: PARCEL_CENTS };
  const kit = { id: randomUUID(), organisationId: redCross, sku: "CR-HYGIENE", name: "Kit d'hygiène", shelf: "Hygiène", unit: "kit", kind: "grocery" as const, compartment: "ambient" as const, sizePer100: 100, referencePriceCents: 0 };
  plan.products.push(parcel, kit);
  const offerOf = new Map([[parcel.id, randomUUID()], [kit.id, randomUUID()]]);
  for (const [productId, id] of offerOf) plan.offers.push({ id, organisationId: redCross, productId, socialPricing: false });

  const from = addDays(today, -42);
  plan.partnerships.push(
    { carrierId: orgs.orgIds.grocery, partnerId: redCross, templateId: nord, weekdays: [live.weekday], validFrom: dbDate(from), costKey: "orders", status: "active", proposedBy: "partner",
      note: "Colis alimentaires de la Croix-Rouge, un carton par foyer ; un kit d'hygiène une semaine sur deux", createdAt: parisInstant(from, "10:00"), decidedAt: parisInstant(addDays(from, 2), "09:30") },
    { carrierId: orgs.orgIds.grocery, partnerId: redCross, weekdays: [live.weekday], validFrom: dbDate(addDays(live.demoDay, 14)), costKey: "orders", status: "proposed", proposedBy: "partner",
      note: "Deux foyers de Felletin et de Crocq, orientés par l'assistante sociale du secteur Sud", createdAt: parisInstant(addDays(today, -1), "16:20") },
  );

  const [truckDriver] = orgs.staff.drivers as [string];
  RED_CROSS_HOUSEHOLDS.forEach((h, index) => {
    const village = VILLAGES.find((v) => v.name === h.village)!;
    const householdId = randomUUID();
    const stopId = households.haltIds.get(village.name)!;
    const place = { id: householdId, organisationId: redCross, name: h.name, addressLine: h.address, postcode: village.postcode, city: village.name, citycode: village.citycode, phone: h.phone, peopleCount: 1 + (index % 4) };
    if ("homeDrop" in h) {
      // At home on the round's day in the morning; her parcels go to her door on the shared round.
      plan.households.push({ ...place, latitude: round5(village.latitude + 0.006), longitude: round5(village.longitude + 0.004), mobility: "needs_home_drop", usualStopId: null,
        accessNotes: h.homeDrop.accessNotes, homeAvailability: [{ weekday: live.weekday, from: minutes("09:00"), to: minutes("12:30") }] });
      return;
    }
    plan.households.push({
      ...place, latitude: round5(village.latitude + (index % 3) * 0.002), longitude: round5(village.longitude - (index % 2) * 0.002), mobility: "comes_to_halt", usualStopId: stopId,
    });
    live.rounds.forEach((week, weekIndex) => {
      const passage = rounds.byDate.get(week.date)?.get(stopId);
      if (!passage || passage.templateId !== nord) return;
      const withKit = (index + weekIndex) % 2 === 0;
      const orderId = randomUUID();
      const absent = week.kind === "done" && weekIndex === 1 && index === 5;
      const status = week.kind !== "done" ? "confirmed" : absent ? "not_collected" : "delivered";
      plan.orders.push({
        id: orderId, organisationId: redCross, householdId, passageId: passage.id, status, channel: "phone", enteredById: coordinator,
        cutoffAt: passage.cutoffAt, totalCents: PARCEL_CENTS, referenceTotalCents: PARCEL_CENTS, createdAt: parisInstant(addDays(week.date, -5), "14:00"),
      });
      const items = withKit ? [parcel, kit] : [parcel];
      for (const product of items) {
        plan.lines.push({
          orderId, offerId: offerOf.get(product.id)!, productId: product.id, quantity: 1, unitPriceCents: product.referencePriceCents, referenceUnitPriceCents: product.referencePriceCents,
          socialPrice: false, deliveredQuantity: week.kind === "done" ? (absent ? 0 : 1) : null,
        });
      }
      if (week.kind !== "done") return;
      const row = rounds.passages.find((p) => p.id === passage.id)!;
      const at = (row.plannedArrival as Date | undefined) ?? passage.windowStart;
      plan.handovers.push({ orderId, driverId: truckDriver, outcome: absent ? "absent" : "delivered", deviceTime: at, receivedAt: parisInstant(week.date, "17:15") });
      if (absent) {
        plan.alerts.push({
          organisationId: redCross, householdId, passageId: passage.id, raisedById: truckDriver, reason: "Absente, volets fermés",
          note: "Volets fermés et courrier dans la boîte depuis la semaine dernière ; la voisine ne l'a pas vue non plus.", deviceTime: at, receivedAt: parisInstant(week.date, "17:15"),
        });
      }
      if (!absent) {
        plan.payments.push({ householdId, orderId, passageId: passage.id, tourId: (row.tourId as string | undefined) ?? null, method: "cash", amountCents: PARCEL_CENTS, collectedById: truckDriver, deviceTime: at, receivedAt: parisInstant(week.date, "17:15") });
      }
    });
  });
  return plan;
}
