import i18next from "i18next";
import { beforeAll, describe, expect, it } from "vitest";
import fr from "../i18n/fr/messages.json";
import { reasonText } from "./field-error";

beforeAll(async () => {
  await i18next.init({ lng: "fr", resources: { fr: { translation: fr } }, interpolation: { escapeValue: false } });
});

describe("reasonText", () => {
  it("says a retry's attempt in French, without the provider's own words", () => {
    expect(reasonText(i18next.t, "retry:1/5 push service unreachable, will retry")).toBe("Le service d'envoi n'a pas répondu ; nouvel essai prévu (essai 1/5).");
    expect(reasonText(i18next.t, "quiet_hours")).toBe("Attend la fin des heures sans message.");
  });
});
