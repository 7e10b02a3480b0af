import type { Household as HouseholdView } from "@tournee/domain";
import type { Household } from "../../generated/prisma/client.js";

export function householdView(h: Household): HouseholdView {
  return {
    id: h.id,
    organisationId: h.organisationId,
    name: h.name,
    addressLine: h.addressLine,
    postcode: h.postcode,
    city: h.city,
    latitude: h.latitude,
    longitude: h.longitude,
    accessNotes: h.accessNotes,
    mobility: h.mobility,
    usualStopId: h.usualStopId,
    peopleCount: h.peopleCount,
    phone: h.phone,
    contactChannel: h.contactChannel,
    homeAvailability: Array.isArray(h.homeAvailability) ? (h.homeAvailability as HouseholdView["homeAvailability"]) : [],
  };
}
