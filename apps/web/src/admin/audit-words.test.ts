import type { AuditEntry } from "@tournee/domain";
import { testTranslator } from "../i18n/test-translator";
import { describe, expect, it } from "vitest";
import fr from "../i18n/fr/admin-screens.json";
import pooled from "../i18n/fr/coordinator-pooled.json";
import { auditSentence, changeLines } from "./audit-words";

const t = testTranslator("fr", { fr: { ...fr, ...pooled } });
const exists = (key: string) => t(key) !== key;
const entry = (e: Partial<AuditEntry>) => ({ actor: { id: "u1", displayName: "Sophie Aumaître" }, action: "create", entity: "Household", subject: null, ...e });

describe("the audit log in words", () => {

  it("says who did what to what, by its name and date", () => {
    expect(auditSentence(t, exists, entry({ action: "place", entity: "Order", subject: { name: "Mme Brunet", date: "2026-12-07" } }), "fr"))
      .toBe("Sophie Aumaître a passé la commande du foyer « Mme Brunet » pour le lundi 7 décembre.");
    expect(auditSentence(t, exists, entry({ action: "grant_role", entity: "User", subject: { name: "Karim Oudjani", date: null } }), "fr"))
      .toBe("Sophie Aumaître a donné un rôle sur le compte de Karim Oudjani.");
    expect(auditSentence(t, exists, entry({ actor: null, action: "import", entity: "Stop" }), "fr")).toBe("La plateforme a importé des arrêts.");
  });

  it("still reads for an action or a thing it has no words for", () => {
    expect(auditSentence(t, exists, entry({ action: "teleport", entity: "Spaceship" }), "fr")).toBe("Sophie Aumaître a changé un élément.");
    expect(auditSentence(t, exists, entry({ action: "teleport", entity: "Spaceship", subject: { name: "Orion", date: null } }), "fr")).toBe("Sophie Aumaître a changé « Orion ».");
  });

  it("shows what changed as French words and values, never as JSON or ids", () => {
    const lines = changeLines(t, exists, {
      channel: "phone", totalCents: 1240, lines: [{ offerId: "0b90988d-512f-4037-9ed0-a94b3270f2e0", quantity: 2 }], passageId: "0b90988d-512f-4037-9ed0-a94b3270f2e0",
      cutoffMinute: { from: 720, to: 1080 }, validTo: "2027-03-02", sessionsEnded: 2, role: "coordinator", archived: true, note: null, favouriteColour: "vert",
    }, "fr");
    expect(lines.map((l) => `${l.label} = ${l.value}`)).toEqual([
      "arrivée par = par téléphone",
      "total = 12,40\u00a0€",
      "lignes = 1 élément",
      "heure limite = 12:00 → 18:00",
      "valable jusqu'au = mardi 2 mars",
      "sessions fermées = 2",
      "rôle = Coordination",
      "archivé = oui",
      "note = aucun",
      "favourite colour = vert",
    ]);
    expect(changeLines(t, exists, null, "fr")).toEqual([]);
  });

  it("says the exchanges' limits in exchange units, the days of a shared round and how its costs are shared in words", () => {
    expect(changeLines(t, exists, { from: { creditLimit: 100, ceiling: 1 }, to: { creditLimit: 150, ceiling: 300 } }, "fr", "CreditAccount").map((l) => `${l.label} = ${l.value}`)).toEqual([
      "du = découvert autorisé : 100 unités d'échange ; plafond : 1 unité d'échange",
      "au = découvert autorisé : 150 unités d'échange ; plafond : 300 unités d'échange",
    ]);
    expect(changeLines(t, exists, { amount: 146 }, "fr", "CreditClaim")).toEqual([{ label: "montant", value: "146 unités d'échange" }]);
    expect(changeLines(t, exists, { weekdays: [1, 4], costKey: "stops" }, "fr", "Partnership").map((l) => `${l.label} = ${l.value}`)).toEqual([
      "jours = lundi et jeudi",
      "partage des frais = frais de la tournée partagés au nombre d'arrêts",
    ]);
  });
});
