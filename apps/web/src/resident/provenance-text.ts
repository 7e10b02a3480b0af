import type { TFunction } from "../i18n/translator";
import type { Provenance } from "@tournee/domain";

/**
 * Where a farm product comes from, as a resident reads it under the product's name:
 * "Ferme des Combes, Felletin, 12 km à vol d'oiseau"; then its marks: "Circuit court · Bio (AB)".
 */
export function provenanceText(t: TFunction, p: Provenance): { origin: string; marks: string[] } {
  const place = [p.farmName, p.commune].filter((part): part is string => Boolean(part)).join(", ");
  const distance = p.distanceKm === null ? undefined
    : t(p.distanceKind === "road" ? "resident.provenance.kmByRoad" : "resident.provenance.kmStraight", { km: p.distanceKm });
  const origin = distance ? `${place}, ${distance}` : place;
  const marks = [...(p.shortCircuit ? [t("resident.provenance.shortCircuit")] : []), ...p.labels.map((label) => t(`resident.provenance.labels.${label}`))];
  return { origin, marks };
}
