/** Writes a planned demo with bulk inserts, parents before children. */
import type { Prisma } from "../generated/prisma/client.js";
import type { DemoPlan } from "./demo-plan.js";
import { writeMessagingDemo } from "./messaging.js";
import { writeBakeryPortage } from "./plan-bakery-portage.js";
import { writePooledRound } from "./write-pooled-round.js";
import { writeAmap } from "./plan-amap.js";

export async function writePlan(tx: Prisma.TransactionClient, plan: DemoPlan): Promise<void> {
  const { organisations: o, households: h, eligibility: e, catalogue: c, rounds: r, orders, producers: f, history } = plan;
  await tx.organisation.createMany({ data: o.organisations });
  await tx.user.createMany({ data: [...o.users, ...h.residents] });
  await tx.membership.createMany({ data: [...o.memberships, ...h.residentMemberships] });
  await tx.site.createMany({ data: [...o.sites, ...f.sites] });
  await tx.supplyAgreement.createMany({ data: f.agreements });
  await tx.vehicle.createMany({ data: [...o.vehicles, plan.volunteerCar.vehicle] });
  await tx.vehicleCompartment.createMany({ data: [...o.compartments, ...plan.volunteerCar.compartments] });
  await tx.driverAvailability.createMany({ data: o.driverSlots });
  await tx.stop.createMany({ data: h.halts });
  await tx.household.createMany({ data: h.households });
  await tx.stop.createMany({ data: h.homeStops });
  await tx.householdAccess.createMany({ data: h.access });
  await tx.consent.createMany({ data: [...h.consents, ...e.consents] });
  await tx.eligibility.createMany({ data: e.eligibilities });
  await tx.eligibilityEvent.createMany({ data: e.events });
  await tx.referral.createMany({ data: plan.referrals.referrals });
  await tx.product.createMany({ data: [...c.products, ...f.products] });
  await tx.offer.createMany({ data: [...c.offers, ...f.offers] });
  await tx.tourTemplate.createMany({ data: r.templates });
  await tx.tourTemplateHalt.createMany({ data: r.templateHalts });
  await tx.offerStock.createMany({ data: [...orders.stock, ...f.stock] });
  await tx.supplyDeclaration.createMany({ data: f.declarations });
  await tx.tour.createMany({ data: history.tours });
  await tx.passage.createMany({ data: r.passages });
  await tx.order.createMany({ data: orders.orders });
  await tx.orderLine.createMany({ data: orders.lines });
  await tx.handover.createMany({ data: history.handovers });
  await tx.payment.createMany({ data: history.payments });
  await writePooledRound(tx, plan.pooledRound);
  await writeMessagingDemo(tx, plan);
  await tx.creditNetwork.create({ data: plan.ledger.network });
  await tx.creditAccount.createMany({ data: plan.ledger.accounts });
  await tx.creditEntry.createMany({ data: plan.ledger.entries });
  await tx.creditClaim.createMany({ data: plan.ledger.claims });
  await writeBakeryPortage(tx, plan.bakeryPortage);
  await writeAmap(tx, plan.amap);
  await tx.auditEntry.createMany({ data: plan.changeLog });
}
