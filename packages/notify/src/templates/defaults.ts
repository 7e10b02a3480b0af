/** The templates every organisation starts with, in French and English; coordinators may rewrite them. */
import type { MessageKind } from "./kinds.js";

export const TEMPLATE_LOCALES = ["fr", "en"] as const;
export type TemplateLocale = (typeof TEMPLATE_LOCALES)[number];

export interface Template {
  subject: string;
  body: string;
}

export const DEFAULT_TEMPLATES: Record<TemplateLocale, Record<MessageKind, Template>> = {
  fr: {
    cutoff_reminder: { subject: "Commandes pour le passage du {{date}}", body: "Bonjour, commandez avant {{limite}} pour le passage du {{date}} ({{lieu}}). {{expediteur}}" },
    day_before: { subject: "Passage de demain", body: "Le camion passe demain {{heure}}, {{lieu}}. {{expediteur}}" },
    order_confirmation: { subject: "Commande enregistrée", body: "Votre commande ({{articles}}) pour le {{date}} est bien enregistrée. Passage {{heure}}, {{lieu}}. {{expediteur}}" },
    time_change: { subject: "Nouvel horaire le {{date}}", body: "Changement d'horaire : le {{date}}, le camion passera {{heure}} au lieu de {{ancienne_heure}}, {{lieu}}. {{expediteur}}" },
    delay: { subject: "Le camion a du retard", body: "Le camion a environ {{retard}} minutes de retard. Nouvelle heure estimée : {{heure}}, {{lieu}}. {{expediteur}}" },
    eligibility_digest: {
      subject: "Dossiers à renouveler dans les 30 jours",
      body: "Bonjour {{destinataire}},\n\nDossiers de foyers que vous suivez qui arrivent à échéance dans les 30 jours ({{nombre}}) :\n{{liste}}\n\nPensez à les renouveler avant l'échéance.\n{{expediteur}}",
    },
    coordinator_digest: {
      subject: "Point du jour, {{date}}",
      body: "Bonjour {{destinataire}},\n\nFoyers sans commande avant la limite : {{sans_commande}}\nSoucis signalés à suivre : {{soucis}}\nConflits à régler : {{conflits}}\n\n{{liste}}\n{{expediteur}}",
    },
    round_changed: { subject: "Votre tournée du {{date}} a changé", body: "Bonjour {{destinataire}}, votre tournée du {{date}} a changé : ouvrez l'application pour télécharger la nouvelle version. {{expediteur}}" },
    wellbeing_alert: { subject: "Un souci signalé par {{chauffeur}}", body: "{{chauffeur}} signale un souci de bien-être à {{commune}}, à {{moment}}. Ouvrez le suivi en direct pour le lire et dire ce qui est fait." },
    round_late: { subject: "Tournée en retard", body: "La tournée de {{chauffeur}} ({{vehicule}}) a environ {{retard}} minutes de retard. Les foyers des arrêts suivants qui ont commandé en sont prévenus." },
    cutoff_reminder_relay: { subject: "Commande de {{foyer}} pour le {{date}}", body: "Bonjour, la commande de {{foyer}} pour le passage du {{date}} ({{lieu}}) est à passer avant {{limite}}. {{expediteur}}" },
    day_before_relay: { subject: "Passage de demain pour {{foyer}}", body: "Le camion passe demain {{heure}}, {{lieu}}, avec la commande de {{foyer}}. {{expediteur}}" },
    order_confirmation_relay: { subject: "Commande de {{foyer}} enregistrée", body: "La commande de {{foyer}} ({{articles}}) pour le {{date}} est bien enregistrée. Passage {{heure}}, {{lieu}}. {{expediteur}}" },
    time_change_relay: { subject: "Nouvel horaire le {{date}} pour {{foyer}}", body: "Changement d'horaire pour {{foyer}} : le {{date}}, le camion passera {{heure}} au lieu de {{ancienne_heure}}, {{lieu}}. {{expediteur}}" },
    delay_relay: { subject: "Le camion de {{foyer}} a du retard", body: "Le camion qui apporte la commande de {{foyer}} a environ {{retard}} minutes de retard. Nouvelle heure estimée : {{heure}}, {{lieu}}. {{expediteur}}" },
    basket_reminder: { subject: "Votre panier du {{date}}", body: "Bonjour, votre {{panier}} arrive le {{date}} ({{lieu}}). Absent ce jour-là ? Prévenez avant {{limite}}. {{expediteur}}" },
    basket_reminder_relay: { subject: "Panier de {{foyer}} pour le {{date}}", body: "Bonjour, le {{panier}} de {{foyer}} arrive le {{date}} ({{lieu}}). En cas d'absence, prévenez avant {{limite}}. {{expediteur}}" },
    purchase_order: {
      subject: "Bon de commande pour la livraison du {{date}}",
      body: "Bonjour {{destinataire}}, les commandes sont closes : voici notre bon de commande pour la livraison du {{date}}.\n{{liste}}\nTotal au prix convenu : {{total}}.\n{{livraison}}\nLe bon à imprimer : {{lien}}\n{{expediteur}}",
    },
  },
  en: {
    cutoff_reminder: { subject: "Orders for the visit of {{date}}", body: "Hello, order before {{limite}} for the visit of {{date}} ({{lieu}}). {{expediteur}}" },
    day_before: { subject: "Tomorrow's visit", body: "The truck comes tomorrow {{heure}}, {{lieu}}. {{expediteur}}" },
    order_confirmation: { subject: "Order received", body: "Your order ({{articles}}) for {{date}} is received. The truck comes {{heure}}, {{lieu}}. {{expediteur}}" },
    time_change: { subject: "New time on {{date}}", body: "New time: on {{date}}, the truck will come {{heure}} instead of {{ancienne_heure}}, {{lieu}}. {{expediteur}}" },
    delay: { subject: "The truck is running late", body: "The truck is running about {{retard}} minutes late. New estimated time: {{heure}}, {{lieu}}. {{expediteur}}" },
    eligibility_digest: {
      subject: "Files to renew within 30 days",
      body: "Hello {{destinataire}},\n\nFiles of households you follow that end within 30 days ({{nombre}}):\n{{liste}}\n\nRemember to renew them in time.\n{{expediteur}}",
    },
    coordinator_digest: {
      subject: "Today's summary, {{date}}",
      body: "Hello {{destinataire}},\n\nHouseholds without an order before the cutoff: {{sans_commande}}\nConcerns to follow up: {{soucis}}\nConflicts to settle: {{conflits}}\n\n{{liste}}\n{{expediteur}}",
    },
    round_changed: { subject: "Your round of {{date}} changed", body: "Hello {{destinataire}}, your round of {{date}} changed: open the app to download the new version. {{expediteur}}" },
    wellbeing_alert: { subject: "A concern raised by {{chauffeur}}", body: "{{chauffeur}} raises a wellbeing concern in {{commune}}, at {{moment}}. Open the live screen to read it and say what is done." },
    round_late: { subject: "Round running late", body: "{{chauffeur}}'s round ({{vehicule}}) is running about {{retard}} minutes late. The households who ordered at the stops ahead are told." },
    cutoff_reminder_relay: { subject: "{{foyer}}'s order for {{date}}", body: "Hello, {{foyer}}'s order for the visit of {{date}} ({{lieu}}) is to be placed before {{limite}}. {{expediteur}}" },
    day_before_relay: { subject: "Tomorrow's visit for {{foyer}}", body: "The truck comes tomorrow {{heure}}, {{lieu}}, with {{foyer}}'s order. {{expediteur}}" },
    order_confirmation_relay: { subject: "{{foyer}}'s order received", body: "{{foyer}}'s order ({{articles}}) for {{date}} is received. The truck comes {{heure}}, {{lieu}}. {{expediteur}}" },
    time_change_relay: { subject: "New time on {{date}} for {{foyer}}", body: "New time for {{foyer}}: on {{date}}, the truck will come {{heure}} instead of {{ancienne_heure}}, {{lieu}}. {{expediteur}}" },
    delay_relay: { subject: "{{foyer}}'s truck is running late", body: "The truck bringing {{foyer}}'s order is running about {{retard}} minutes late. New estimated time: {{heure}}, {{lieu}}. {{expediteur}}" },
    basket_reminder: { subject: "Your basket of {{date}}", body: "Hello, your {{panier}} arrives on {{date}} ({{lieu}}). Away that day? Tell us before {{limite}}. {{expediteur}}" },
    basket_reminder_relay: { subject: "{{foyer}}'s basket for {{date}}", body: "Hello, {{foyer}}'s {{panier}} arrives on {{date}} ({{lieu}}). If they are away, tell us before {{limite}}. {{expediteur}}" },
    purchase_order: {
      subject: "Purchase order for the delivery of {{date}}",
      body: "Hello {{destinataire}}, orders are closed: here is our purchase order for the delivery of {{date}}.\n{{liste}}\nTotal at the agreed price: {{total}}.\n{{livraison}}\nThe order to print: {{lien}}\n{{expediteur}}",
    },
  },
};

/** Added to every SMS: a reply "STOP" stops them at once. */
export const SMS_STOP_LINE: Record<TemplateLocale, string> = { fr: "Répondez STOP pour ne plus en recevoir.", en: "Reply STOP to stop these messages." };
