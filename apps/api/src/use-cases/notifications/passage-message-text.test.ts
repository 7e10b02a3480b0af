/**
 * A relay reads of the household it acts for in the third person; the household itself is
 * addressed as "vous". Same passage, same values, two wordings.
 */
import { DEFAULT_TEMPLATES, type MessageKind, type TemplateLocale } from "@tournee/notify/templates";
import { describe, expect, it } from "vitest";
import type { TextSource } from "./message-text.js";
import type { PassageFacts } from "./passage-facts.js";
import { passageMessageText } from "./plan-passage-messages.js";

const text: TextSource = {
  template: async (_org: string, kind: MessageKind, locale: TemplateLocale) => DEFAULT_TEMPLATES[locale][kind],
  senderName: async () => "La tournée du Pays d'Aubusson",
};

const passage = (kind: "halt" | "home_drop"): PassageFacts => ({
  id: "p1", organisationId: "o1", date: new Date("2026-12-07T00:00:00Z"), status: "scheduled", cutoffAt: new Date("2026-12-06T17:00:00Z"),
  windowStart: new Date("2026-12-07T08:00:00Z"), windowEnd: new Date("2026-12-07T11:00:00Z"), plannedArrival: new Date("2026-12-07T09:15:00Z"), arrivedAt: null,
  stop: { id: "s1", kind, name: kind === "halt" ? "Bellegarde-en-Marche — Parking de la mairie" : "Domicile", city: "Bellegarde-en-Marche", householdId: null },
  tour: { status: "published" }, organisation: { timeZone: "Europe/Paris" },
});

const household = { locale: "fr" as const, householdName: "Mme Brunet", viaRelay: false };
const relay = { ...household, viaRelay: true };

describe("a household's message, to the household or to its relay", () => {
  it("confirms an order to the household as \"votre commande\", and to its relay as \"la commande de Mme Brunet\"", async () => {
    const own = await passageMessageText(text, "order_confirmation", passage("halt"), household, { articles: "3 articles" });
    expect(own.body).toMatch(/^Votre commande \(3 articles\) pour le lundi 7 décembre est bien enregistrée\./);
    const theirs = await passageMessageText(text, "order_confirmation", passage("halt"), relay, { articles: "3 articles" });
    expect(theirs.subject).toBe("Commande de Mme Brunet enregistrée");
    expect(theirs.body).toBe("La commande de Mme Brunet (3 articles) pour le lundi 7 décembre est bien enregistrée. Passage vers 10 h 15, Bellegarde-en-Marche, Parking de la mairie. La tournée du Pays d'Aubusson");
  });

  it("never says \"vous\" or \"votre\" to a relay, whatever the message, even for a delivery at home", async () => {
    for (const kind of ["cutoff_reminder", "day_before", "order_confirmation", "time_change", "delay"] as const) {
      const message = await passageMessageText(text, kind, passage("home_drop"), relay, { articles: "3 articles", ancienne_heure: "9 h 45", retard: "30" });
      expect(`${message.subject} ${message.body}`, kind).not.toMatch(/\b(vous|votre|vos)\b/i);
      expect(message.body, kind).toContain("Mme Brunet");
    }
    const home = await passageMessageText(text, "day_before", passage("home_drop"), relay);
    expect(home.body).toBe("Le camion passe demain vers 10 h 15, à son domicile, avec la commande de Mme Brunet. La tournée du Pays d'Aubusson");
  });
});
