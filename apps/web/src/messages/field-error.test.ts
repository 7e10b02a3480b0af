import { DELIVERY_FAILURE_CODES } from "@tournee/domain";
import { testTranslator } from "../i18n/test-translator";
import { describe, expect, it } from "vitest";
import fr from "../i18n/fr/messages-screens.json";
import { reasonText } from "./field-error";

const t = testTranslator("fr", { fr });

describe("reasonText", () => {
  it("says a retry's attempt and cause in French, without the provider's own words", () => {
    expect(reasonText(t, "retry:1/5 provider_unreachable push service unreachable, will retry")).toBe("Le service d'envoi n'a pas répondu. Nouvel essai prévu (essai 1 sur 5).");
    expect(reasonText(t, "quiet_hours")).toBe("Attend la fin des heures sans message.");
  });

  it("says a failure's code in French, never the provider's English answer", () => {
    expect(reasonText(t, "recipient_refused refused by the e-mail server: 550 5.1.1 No such mailbox here")).toBe("Adresse ou numéro refusé par le service d'envoi : à vérifier dans les préférences du foyer.");
    expect(reasonText(t, "not_delivered not delivered by the operator (OVHcloud dlr 2)")).toBe("L'opérateur n'a pas pu le remettre.");
    expect(reasonText(t, "no_provider:sms")).toBe("Aucun service d'envoi n'est configuré pour ce canal : gardé ici, non envoyé.");
  });

  it("has a French sentence for every failure a channel can report, and a neutral one for an unknown reason", () => {
    for (const code of DELIVERY_FAILURE_CODES) expect(reasonText(t, `${code} some words`)).toBe((fr.messages.reasons as Record<string, string>)[code]);
    expect(reasonText(t, "something the provider said")).toBe("Raison non précisée par le service d'envoi.");
  });
});
