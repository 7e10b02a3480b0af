import { describe, expect, it } from "vitest";
import type { MessageTree } from "./merge-messages";
import { translator } from "./translator";

const texts = new Map<string, MessageTree>([
  [
    "fr",
    {
      bread: { count_zero: "Aucun pain", count_one: "{{count}} pain", count_other: "{{count}} pains" },
      crates: { count_one: "{{count}} caisse", count_other: "{{count}} caisses" },
      passage: { home: "Le camion vient chez vous", home_relay: "Le camion vient chez {{household}}", orders_one: "{{count}} commande", orders_other: "{{count}} commandes", orders_relay_other: "{{count}} commandes pour {{household}}" },
      week: { summary: "{{count}} pains sur $t(week.days, {\"count\": {{days}} })", days_one: "{{count}} jour", days_other: "{{count}} jours" },
      onlyFrench: "Seulement en français",
      hello: "Bonjour {{name}}",
    },
  ],
  ["en", { crates: { count_one: "{{count}} crate", count_other: "{{count}} crates" } }],
]);
const fr = translator(texts, "fr", "fr");
const en = translator(texts, "en", "fr");

describe("the translation function", () => {
  it("picks the plural form of the language, and the zero form when there is one", () => {
    expect([0, 1, 2].map((count) => fr("bread.count", { count }))).toEqual(["Aucun pain", "1 pain", "2 pains"]);
    // French counts 0 as singular; English does not.
    expect([0, 1, 2].map((count) => fr("crates.count", { count }))).toEqual(["0 caisse", "1 caisse", "2 caisses"]);
    expect([0, 1, 2].map((count) => en("crates.count", { count }))).toEqual(["0 crates", "1 crate", "2 crates"]);
  });

  it("uses a context's variant when it exists, the plain text otherwise", () => {
    expect(fr("passage.home", { context: "relay", household: "Mme Brunet" })).toBe("Le camion vient chez Mme Brunet");
    expect(fr("passage.home", { household: "Mme Brunet" })).toBe("Le camion vient chez vous");
    expect(fr("passage.orders", { context: "relay", household: "Mme Brunet", count: 3 })).toBe("3 commandes pour Mme Brunet");
    expect(fr("passage.orders", { context: "relay", household: "Mme Brunet", count: 1 })).toBe("1 commande");
  });

  it("fills a nested text with its own count", () => {
    expect(fr("week.summary", { count: 12, days: 1 })).toBe("12 pains sur 1 jour");
    expect(fr("week.summary", { count: 12, days: 3 })).toBe("12 pains sur 3 jours");
  });

  it("falls back to French, then to the default value, then shows the key", () => {
    expect(en("onlyFrench")).toBe("Seulement en français");
    expect(fr("nowhere.at.all", { defaultValue: "Autre : {{name}}", name: "x" })).toBe("Autre : x");
    expect(fr("nowhere.at.all")).toBe("nowhere.at.all");
    expect(fr("passage")).toBe("passage");
  });

  it("leaves a placeholder nobody gave, and writes nothing for a value given as null", () => {
    expect(fr("hello")).toBe("Bonjour {{name}}");
    expect(fr("hello", { name: null })).toBe("Bonjour ");
    expect(fr("hello", { name: "<b>Anne</b>" })).toBe("Bonjour <b>Anne</b>");
  });
});
