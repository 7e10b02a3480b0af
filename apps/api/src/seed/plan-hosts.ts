/**
 * Halts hosted by a town hall: the secretariat of Bellegarde-en-Marche's town hall also serves
 * neighbouring Champagnat (small communes of the Creuse often share one), and lends a room or a
 * place in each for the grocery's halt. Its account reads both halts' timetable, prints each
 * commune's poster and follows both communes' figures.
 */
import type { HouseholdsPlan } from "./plan-households.js";
import type { OrganisationsPlan } from "./plan-organisations.js";

/** Village → the room or square the town hall lends. */
export const HOSTED_HALTS: Readonly<Record<string, string>> = {
  "Bellegarde-en-Marche": "Salle du conseil de la mairie, les jours de pluie",
  Champagnat: "Préau de l'ancienne école",
};

export function hostHalts(households: Pick<HouseholdsPlan, "halts" | "haltIds">, orgs: Pick<OrganisationsPlan, "orgIds">): void {
  for (const [village, place] of Object.entries(HOSTED_HALTS)) {
    const halt = households.halts.find((h) => h.id === households.haltIds.get(village));
    if (!halt) throw new Error(`the town hall hosts the halt of ${village}, which is not in VILLAGES`);
    Object.assign(halt, { hostOrganisationId: orgs.orgIds.townHall, hostPlace: place });
  }
}
