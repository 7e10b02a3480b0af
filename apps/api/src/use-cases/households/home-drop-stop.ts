/**
 * A household that needs home drops has a home-drop stop at its door, created with it. The stop
 * follows the household's address when the address changes; a pin a coordinator moved by hand
 * stays where it was put while the address is unchanged. Passages are generated for such stops
 * only while the household needs home drops (see generate-passages.ts).
 */
import type { Household, Prisma } from "../../generated/prisma/client.js";

const ADDRESS = ["addressLine", "postcode", "city", "citycode", "country", "latitude", "longitude"] as const;

/** After a household is saved: `before` is the row as it was (null when it was just created). */
export async function keepHomeDropStop(tx: Prisma.TransactionClient, household: Household, before: Household | null): Promise<void> {
  if (household.mobility !== "needs_home_drop") return;
  const place = {
    name: household.name, addressLine: household.addressLine, postcode: household.postcode, city: household.city, citycode: household.citycode, country: household.country,
    latitude: household.latitude, longitude: household.longitude,
  };
  const existing = await tx.stop.findUnique({ where: { householdId: household.id } });
  if (!existing) {
    await tx.stop.create({ data: { ...place, organisationId: household.organisationId, kind: "home_drop", householdId: household.id, accessNotes: household.accessNotes } });
    return;
  }
  const moved = before !== null && ADDRESS.some((field) => before[field] !== household[field]);
  if (moved || existing.archivedAt) await tx.stop.update({ where: { id: existing.id }, data: { ...(moved ? place : {}), name: household.name, archivedAt: null } });
}
