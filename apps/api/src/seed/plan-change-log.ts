/**
 * What the demo's people did before today, so the administrator's screens show a lived-in
 * platform: when each staff account last signed in, and the change log of what the seed wrote
 * on their behalf (eligibility decisions, orders taken, the bakery's latest price change).
 */
import type { Prisma } from "../generated/prisma/client.js";
import type { EligibilityPlan } from "./plan-eligibility.js";
import type { OrdersPlan } from "./plan-orders.js";
import type { OrganisationsPlan } from "./plan-organisations.js";
import type { BakeryPortagePlan } from "./plan-bakery-portage.js";
import type { CataloguePlan } from "./plan-catalogue.js";

const HOUR_MS = 3_600_000;

export function planChangeLog(
  now: Date, orgs: OrganisationsPlan, eligibility: EligibilityPlan, catalogue: CataloguePlan, orders: OrdersPlan, portage: BakeryPortagePlan,
): Prisma.AuditEntryCreateManyInput[] {
  const ago = (hours: number) => new Date(now.getTime() - hours * HOUR_MS);
  const { staff, orgIds } = orgs;
  const lastSignIns = new Map<string, Date>([
    [staff.groceryCoordinator, ago(2)], [staff.bakeryCoordinator, ago(20)], [staff.referrer, ago(50)], [staff.relay, ago(26)],
    ...staff.drivers.map((id, i): [string, Date] => [id, ago(30 + 24 * i)]),
  ]);
  for (const user of orgs.users) user.lastSignInAt = lastSignIns.get(user.id!) ?? null;

  const entries: Prisma.AuditEntryCreateManyInput[] = [];
  for (const event of eligibility.events) {
    const granted = eligibility.eligibilities.find((e) => e.id === event.eligibilityId)!;
    entries.push({ at: event.at as Date, actorId: event.byUserId ?? null, organisationId: granted.organisationId, action: event.status === "active" ? "grant" : event.status === "ended" ? "end" : "suspend", entity: "Eligibility", entityId: event.eligibilityId, changes: { note: event.note ?? null } });
  }
  // Orders still to hand over were placed in the last two days; those of the weeks done are in their rounds' history.
  [...orders.orders.filter((o) => o.status === "confirmed"), ...portage.orders].forEach((order, i) => {
    entries.push({ at: ago(1 + ((i * 7) % 46)), actorId: order.enteredById, organisationId: order.organisationId, action: "place", entity: "Order", entityId: order.id!, changes: { channel: order.channel, totalCents: order.totalCents } });
  });
  const creusois = catalogue.products.find((p) => p.organisationId === orgIds.bakery && p.sku === "BOU-CREUSOIS");
  if (creusois) entries.push({ at: ago(21), actorId: staff.bakeryCoordinator, organisationId: orgIds.bakery, action: "update", entity: "Product", entityId: creusois.id!, changes: { referencePriceCents: { from: 750, to: creusois.referencePriceCents } } });
  return entries.filter((e) => (e.at as Date) <= now).sort((a, b) => (a.at as Date).getTime() - (b.at as Date).getTime());
}
