import { testTranslator } from "../i18n/test-translator";
import { describe, expect, it } from "vitest";
import fr from "../i18n/fr/resident-screens.json";
import { provenanceText } from "./provenance-text";

const t = testTranslator("fr", { fr });

const apples = { producerName: "Ferme des Combes", farmName: "Ferme des Combes", commune: "Felletin", distanceKm: 12, distanceKind: "road" as const, labels: ["bio" as const], shortCircuit: true };

describe("provenanceText", () => {
  it("names the farm, its commune and the distance, and says when the distance is not by road", () => {
    expect(provenanceText(t, apples)).toEqual({ origin: "Ferme des Combes, Felletin, 12 km", marks: ["Circuit court", "Bio (AB)"] });
    expect(provenanceText(t, { ...apples, distanceKind: "straight_line" }).origin).toBe("Ferme des Combes, Felletin, 12 km à vol d'oiseau");
  });

  it("leaves out what is not known", () => {
    expect(provenanceText(t, { ...apples, commune: null, distanceKm: null, distanceKind: null, labels: [], shortCircuit: false })).toEqual({ origin: "Ferme des Combes", marks: [] });
  });
});
