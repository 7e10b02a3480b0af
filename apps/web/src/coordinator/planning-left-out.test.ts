import { LEFT_OUT_CAUSES, type LeftOutCause } from "@tournee/domain";
import { testTranslator } from "../i18n/test-translator";
import { describe, expect, it } from "vitest";
import enConsole from "../i18n/en/console";
import enCommon from "../i18n/en/index";
import frConsole from "../i18n/fr/console";
import frCommon from "../i18n/fr/index";
import { mergeMessages, type MessageTree } from "../i18n/merge-messages";

const fr = mergeMessages([["common", frCommon as MessageTree], ["console", frConsole as MessageTree]]);
const en = mergeMessages([["common", enCommon as MessageTree], ["console", enConsole as MessageTree]]);
import { causeText } from "./planning-left-out";

async function say(lng: "fr" | "en") {
  const t = testTranslator(lng, { fr, en });
  return (cause: Omit<LeftOutCause, "bread"> & { bread?: boolean }) => causeText(t, { bread: false, ...cause }, lng);
}

describe("why a stop is left out, in words", () => {
  it("names the compartment, the stop that would be late, the limit and the vehicles", async () => {
    const t = await say("fr");
    expect(t({ kind: "capacity", alone: false, vehicles: ["Camion", "Fourgon"], compartment: "chilled" })).toBe("compartiment frais déjà plein (Camion et Fourgon)");
    expect(t({ kind: "capacity", alone: true, vehicles: ["Voiture"], compartment: "ambient" })).toBe("compartiment sec trop petit pour sa commande (Voiture)");
    expect(t({ kind: "time_window", alone: false, vehicles: ["Camion"], otherStop: "Le Bourg" })).toBe("le placer ferait manquer l'horaire de Le Bourg (Camion)");
    expect(t({ kind: "working_hours", alone: true, vehicles: ["Fourgon"] })).toBe("en dehors des heures de disponibilité du chauffeur (Fourgon)");
    expect(t({ kind: "max_working_time", alone: false, vehicles: ["Camion"] })).toBe("dépasserait la journée de travail maximale (Camion)");
    expect(t({ kind: "skills", alone: true, vehicles: [] })).toBe("il faut un véhicule réfrigéré pour ses produits frais ou surgelés");
    expect(t({ kind: "capacity", alone: false, vehicles: ["Camion"], compartment: "bread", bread: true })).toBe("pain : compartiment pain déjà plein (Camion)");
  });

  it("has French and English words for every cause, never the key itself", async () => {
    for (const lng of ["fr", "en"] as const) {
      const t = await say(lng);
      for (const kind of LEFT_OUT_CAUSES) {
        for (const cause of [{ kind, alone: true, vehicles: ["A"], compartment: "frozen" as const }, { kind, alone: false, vehicles: ["A"] }, { kind, alone: false, vehicles: ["A"], otherStop: "B" }]) {
          expect(t(cause)).not.toMatch(/coordinator\.|cause\.|\{\{/);
        }
      }
    }
    expect((await say("en"))({ kind: "capacity", alone: false, vehicles: ["Truck", "Van"], compartment: "frozen" })).toBe("frozen compartment already full (Truck and Van)");
  });
});
