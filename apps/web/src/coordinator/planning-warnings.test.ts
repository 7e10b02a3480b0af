import { PLANNING_WARNING_CODES, type PlanningWarning } from "@tournee/domain";
import { testTranslator } from "../i18n/test-translator";
import { describe, expect, it } from "vitest";
import enConsole from "../i18n/en/console";
import enCommon from "../i18n/en/index";
import frConsole from "../i18n/fr/console";
import frCommon from "../i18n/fr/index";
import { mergeMessages, type MessageTree } from "../i18n/merge-messages";
import { warningText } from "./planning-warnings";

const fr = mergeMessages([["common", frCommon as MessageTree], ["console", frConsole as MessageTree]]);
const en = mergeMessages([["common", enCommon as MessageTree], ["console", enConsole as MessageTree]]);

async function say(lng: "fr" | "en") {
  const t = testTranslator(lng, { fr, en });
  return (warning: PlanningWarning) => warningText(t, warning, lng);
}

describe("planning warnings, in words", () => {
  it("names the vehicle, the stop, how many and where, in French", async () => {
    const t = await say("fr");
    expect(t({ code: "vehicle_without_driver", vehicle: { id: "v", name: "Fourgonnette" } })).toBe("Fourgonnette reste au dépôt : aucun chauffeur n'est libre pour ce véhicule ce jour-là.");
    expect(t({ code: "lock_without_driver", count: 2 })).toBe("2 arrêts sont fixés sur un véhicule sans chauffeur ce jour-là : ils seront placés librement.");
    expect(t({ code: "stop_far_from_road", stop: { name: "La Combe" }, metres: 1500 })).toBe("La Combe est à 1,5\u00a0km de la route la plus proche : vérifiez son emplacement.");
    expect(t({ code: "routing_fallback", count: 12 })).toContain("12 trajets sont estimés");
    expect(t({ code: "vehicle_without_driver", vehicle: { id: "v", name: "Fourgonnette" }, date: "2026-03-10" })).toBe("mardi 10 mars : Fourgonnette reste au dépôt : aucun chauffeur n'est libre pour ce véhicule ce jour-là.");
  });

  it("has French and English words for every code, never the key itself", async () => {
    for (const lng of ["fr", "en"] as const) {
      const t = await say(lng);
      for (const code of PLANNING_WARNING_CODES) {
        for (const warning of [{ code }, { code, count: 1 }, { code, count: 3, stop: { name: "B" }, vehicle: { id: "v", name: "A" }, metres: 300 }]) {
          expect(t(warning)).not.toMatch(/coordinator\.|warning\.|\{\{|_/);
        }
      }
    }
  });
});
