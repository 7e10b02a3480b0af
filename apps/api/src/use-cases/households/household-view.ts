import type { Household as HouseholdView } from "@tournee/domain";
import type { Actor } from "../../auth/actor.js";
import type { Household } from "../../generated/prisma/client.js";
import { isStaffOf } from "../orders/ordering-household.js";

/**
 * Access notes ("blue gate, dog") are for the drivers of the round: the organisation's staff and
 * the household itself read them; a referrer or a relay never does.
 */
export function readsAccessNotes(actor: Actor, h: Pick<Household, "id" | "organisationId">): boolean {
  return isStaffOf(actor, h.organisationId) || actor.households.some((own) => own.id === h.id && own.relation === "own");
}

export function householdView(h: Household, { accessNotes = true }: { accessNotes?: boolean } = {}): HouseholdView {
  return {
    id: h.id,
    organisationId: h.organisationId,
    name: h.name,
    addressLine: h.addressLine,
    postcode: h.postcode,
    city: h.city,
    country: h.country,
    latitude: h.latitude,
    longitude: h.longitude,
    accessNotes: accessNotes ? h.accessNotes : null,
    mobility: h.mobility,
    usualStopId: h.usualStopId,
    peopleCount: h.peopleCount,
    phone: h.phone,
    contactChannel: h.contactChannel,
    homeAvailability: Array.isArray(h.homeAvailability) ? (h.homeAvailability as HouseholdView["homeAvailability"]) : [],
    homeDropFrequency: h.homeDropFrequency,
    homeDropDays: h.homeDropDays,
  };
}
