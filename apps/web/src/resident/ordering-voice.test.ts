import { testTranslator } from "../i18n/test-translator";
import { describe, expect, it } from "vitest";
import enResident from "../i18n/en/resident-screens.json";
import frResident from "../i18n/fr/resident-screens.json";
import { orderingVoice, voicedT } from "./ordering-voice";

/** Texts that say "vous" to whoever holds the device, which is right for a relay too. */
const SPOKEN_TO_THE_DEVICE_HOLDER = new Set([
  "resident.home.noHousehold", // no household linked to the account that is signed in
  "resident.home.offline", // what this device kept from the last visit of the person using it
  "resident.order.creditLeft", // never shown to a relay: the API leaves creditLeftCents out for relays
  "resident.errors.beyond_household_limit", // speaks of "le foyer"; the coordination calls back whoever ordered, relay or resident
]);

const SECOND_PERSON = { fr: /\b(vous|votre|vos|mon|ma|mes)\b/i, en: /\b(you|your|my)\b/i };

function texts(tree: object, prefix = ""): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "object" && value !== null ? texts(value as object, `${prefix}${key}.`) : [[`${prefix}${key}`, String(value)] as [string, string]],
  );
}

const t = testTranslator("fr", { fr: frResident, en: enResident });

describe("the ordering screens' voice", () => {

  it("speaks to a resident and of the household to a relay", () => {
    const own = voicedT(t, orderingVoice({ name: "Mme Brunet", relation: "own" }));
    const relay = voicedT(t, orderingVoice({ name: "Mme Brunet", relation: "delegated" }));
    const args = { day: "mardi 8 décembre" };
    expect(own("resident.passage.homeDrop", args)).toBe("Le camion vient à votre porte le mardi 8 décembre.");
    expect(relay("resident.passage.homeDrop", args)).toBe("Le camion vient chez Mme Brunet le mardi 8 décembre.");
    expect(relay("resident.order.title")).toBe("Commande de Mme Brunet");
    // A text with no relay variant is the same for both.
    expect(relay("resident.order.none")).toBe(own("resident.order.none"));
  });

  it("sends a relay back to its households and a resident to their home", () => {
    expect(orderingVoice({ name: "Mme Brunet", relation: "delegated" }).homePath).toBe("/relais");
    expect(orderingVoice({ name: "Mme Brunet", relation: "own" }).homePath).toBe("/accueil");
  });

  for (const [lang, tree] of [["fr", frResident], ["en", enResident]] as const) {
    it(`gives every ${lang} text that speaks to the resident a variant for a relay`, () => {
      const all = new Map(texts(tree));
      const missing = [...all]
        .filter(([key, text]) => !key.endsWith("_relay") && SECOND_PERSON[lang].test(text) && !SPOKEN_TO_THE_DEVICE_HOLDER.has(key))
        .filter(([key]) => !all.has(`${key}_relay`))
        .map(([key]) => key);
      expect(missing).toEqual([]);
    });

    it(`never speaks to the resident in a ${lang} relay variant`, () => {
      const wrong = texts(tree).filter(([key, text]) => key.endsWith("_relay") && /\b(votre|vos|mon|ma|mes|your|my)\b/i.test(text));
      expect(wrong).toEqual([]);
    });
  }
});
