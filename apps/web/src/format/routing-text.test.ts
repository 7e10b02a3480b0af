import { testTranslator } from "../i18n/test-translator";
import { describe, expect, it } from "vitest";
import fr from "../i18n/fr/routing.json";
import { depotText, timesSourceText } from "./routing-text";

const t = testTranslator("fr", { fr });

describe("routing texts", () => {
  it("says where the times come from, with the estimated share when mixed", () => {
    expect(timesSourceText(t, { routingProvider: "osrm", estimatedShare: 0 }, "fr")).toBe("Heures calculées sur le réseau routier.");
    expect(timesSourceText(t, { routingProvider: "mixed", estimatedShare: 0.18 }, "fr")).toContain("en partie estimées à vol d'oiseau (18\u00a0% des trajets)");
    expect(timesSourceText(t, { routingProvider: "estimate", estimatedShare: 1 }, "fr")).toContain("à vol d'oiseau");
    expect(timesSourceText(t, { routingProvider: null, estimatedShare: null }, "fr")).toBeUndefined();
  });

  it("gives the depot's departure and return times and the kilometres, in Paris time", () => {
    const tour = { routingProvider: "osrm" as const, estimatedShare: 0, plannedStart: "2026-03-10T06:45:00Z", plannedEnd: "2026-03-10T14:10:00Z", plannedDistanceM: 127_600 };
    expect(depotText(t, tour, "fr")).toBe("Départ du dépôt à 07:45, retour vers 15:10, 128 km.");
    expect(depotText(t, { ...tour, plannedStart: null }, "fr")).toBeUndefined();
  });
});
