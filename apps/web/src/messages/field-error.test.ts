import { DELIVERY_FAILURE_CODES } from "@tournee/domain";
import i18next from "i18next";
import { beforeAll, describe, expect, it } from "vitest";
import fr from "../i18n/fr/messages-screens.json";
import { reasonText } from "./field-error";

beforeAll(async () => {
  await i18next.init({ lng: "fr", resources: { fr: { translation: fr } }, interpolation: { escapeValue: false } });
});

describe("reasonText", () => {
  it("says a retry's attempt and cause in French, without the provider's own words", () => {
    expect(reasonText(i18next.t, "retry:1/5 provider_unreachable push service unreachable, will retry")).toBe("Le service d'envoi n'a pas répondu. Nouvel essai prévu (essai 1 sur 5).");
    expect(reasonText(i18next.t, "quiet_hours")).toBe("Attend la fin des heures sans message.");
  });

  it("says a failure's code in French, never the provider's English answer", () => {
    expect(reasonText(i18next.t, "recipient_refused refused by the e-mail server: 550 5.1.1 No such mailbox here")).toBe("Adresse ou numéro refusé par le service d'envoi : à vérifier dans les préférences du foyer.");
    expect(reasonText(i18next.t, "not_delivered not delivered by the operator (OVHcloud dlr 2)")).toBe("L'opérateur n'a pas pu le remettre.");
    expect(reasonText(i18next.t, "no_provider:sms")).toBe("Aucun service d'envoi n'est configuré pour ce canal : gardé ici, non envoyé.");
  });

  it("has a French sentence for every failure a channel can report, and a neutral one for an unknown reason", () => {
    for (const code of DELIVERY_FAILURE_CODES) expect(reasonText(i18next.t, `${code} some words`)).toBe((fr.messages.reasons as Record<string, string>)[code]);
    expect(reasonText(i18next.t, "something the provider said")).toBe("Raison non précisée par le service d'envoi.");
  });
});
