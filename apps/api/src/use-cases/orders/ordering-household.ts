/**
 * Who may order for a household: its own account (channel `app`), a relay it delegated to
 * (`relay`), a coordinator of its organisation or an admin (`phone` or `paper`). Anyone else
 * gets 404, so a household's existence is not revealed.
 */
import { consoleOrganisations, type Actor } from "../../auth/actor.js";
import type { Household, Passage, Stop } from "../../generated/prisma/client.js";
import { ApiError, notFound } from "../../http/errors.js";
import type { Services } from "../../services.js";

export type OrderingRelation = "staff" | "own" | "delegated";
export type OrderChannel = "app" | "relay" | "phone" | "paper";

export interface OrderingHousehold {
  household: Household & { homeStop: Stop | null };
  relation: OrderingRelation;
}

/** Coordinators of the organisation (and admins), on its console, see how prices are made; no one else does. */
export function isStaffOf(actor: Actor, organisationId: string): boolean {
  return consoleOrganisations(actor).includes(organisationId);
}

/** How the person stands to a household: its organisation's staff, the household itself, a relay it delegated to, or nobody. */
export function relationTo(actor: Actor, household: { id: string; organisationId: string }): OrderingRelation | undefined {
  if (isStaffOf(actor, household.organisationId)) return "staff";
  return actor.households.find((h) => h.id === household.id)?.relation;
}

export async function orderingHousehold(services: Services, actor: Actor, householdId: string): Promise<OrderingHousehold> {
  const household = await services.db.prisma.household.findFirst({ where: { id: householdId, archivedAt: null }, include: { homeStop: true } });
  const relation = orderingRelation(actor, household);
  return { household: household!, relation };
}

/** How the person stands to the household (unless archived, then null); 404 when the person may not order for it. */
export function orderingRelation(actor: Actor, household: { id: string; organisationId: string } | null): OrderingRelation {
  const relation = household ? relationTo(actor, household) : undefined;
  if (!relation) throw notFound("household");
  return relation;
}

/** The channel of an order: coordinators say how it reached them (phone by default); residents' orders are `app`, relays' `relay`. */
export function orderChannel(relation: OrderingRelation, requested: "phone" | "paper" | undefined, lateReason?: string): OrderChannel {
  if (relation === "staff") return requested ?? "phone";
  if (requested) {
    throw new ApiError("validation_failed", "the channel is set by the server for residents and relays; leave it out", [
      { in: "body", path: "channel", message: "only coordinators say how an order reached them" },
    ]);
  }
  if (lateReason) {
    throw new ApiError("validation_failed", "only a coordinator takes an order after the cutoff; leave lateReason out", [
      { in: "body", path: "lateReason", message: "only coordinators take orders after the cutoff" },
    ]);
  }
  return relation === "own" ? "app" : "relay";
}

/**
 * A household orders at a halt of its own organisation (its usual one, or another to stay
 * anonymous) or at its own home drop, never at someone else's door.
 */
export function canOrderAt(household: Pick<Household, "id" | "organisationId">, passage: Pick<Passage, "organisationId"> & { stop: Pick<Stop, "kind" | "householdId"> }): boolean {
  if (passage.organisationId !== household.organisationId) return false;
  if (passage.stop.kind === "home_drop") return passage.stop.householdId === household.id;
  return true;
}

/**
 * The household the person orders for and the passage it orders at, read at once. The household
 * is checked first, so a person with no right to it learns nothing of the passage.
 */
export async function orderingHouseholdAt(services: Services, actor: Actor, householdId: string, passageId: string) {
  const [ordering, passage] = await Promise.all([
    orderingHousehold(services, actor, householdId),
    services.db.prisma.passage.findUnique({ where: { id: passageId }, include: { stop: true, tour: true } }),
  ]);
  if (!passage || !canOrderAt(ordering.household, passage)) throw notFound("passage");
  return { ...ordering, passage };
}
