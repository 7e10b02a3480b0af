/** What Tournée sends, to whom, and the variables each message's template may use. */
export const MESSAGE_KINDS = [
  "cutoff_reminder", "day_before", "order_confirmation", "time_change", "delay", "eligibility_digest", "coordinator_digest", "round_changed", "purchase_order", "basket_reminder",
  "wellbeing_alert", "round_late",
  "cutoff_reminder_relay", "day_before_relay", "order_confirmation_relay", "time_change_relay", "delay_relay", "basket_reminder_relay",
] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

/** A relay (a relative, the town hall) reads of the household it acts for, in the third person. */
export type Audience = "household" | "relay" | "referrer" | "coordinator" | "driver" | "producer";

/** The third-person wording of a household's message, for a relay who acts for it. */
export const RELAY_WORDING: Partial<Record<MessageKind, MessageKind>> = {
  cutoff_reminder: "cutoff_reminder_relay",
  day_before: "day_before_relay",
  order_confirmation: "order_confirmation_relay",
  time_change: "time_change_relay",
  delay: "delay_relay",
  basket_reminder: "basket_reminder_relay",
};

export interface KindSpec {
  audience: Audience;
  /** Variables the template may use; `required` ones must appear in the body. */
  variables: readonly string[];
  required: readonly string[];
  /** Sent during quiet hours too (the truck is late today). */
  urgent: boolean;
}

export const KIND_SPECS: Record<MessageKind, KindSpec> = {
  cutoff_reminder: { audience: "household", variables: ["expediteur", "foyer", "date", "limite", "lieu"], required: ["limite"], urgent: false },
  day_before: { audience: "household", variables: ["expediteur", "foyer", "date", "heure", "lieu"], required: ["heure"], urgent: false },
  order_confirmation: { audience: "household", variables: ["expediteur", "foyer", "date", "heure", "lieu", "articles"], required: ["date"], urgent: false },
  time_change: { audience: "household", variables: ["expediteur", "foyer", "date", "heure", "ancienne_heure", "lieu"], required: ["heure"], urgent: false },
  delay: { audience: "household", variables: ["expediteur", "foyer", "retard", "heure", "lieu"], required: ["retard"], urgent: true },
  eligibility_digest: { audience: "referrer", variables: ["expediteur", "destinataire", "nombre", "liste"], required: ["liste"], urgent: false },
  coordinator_digest: { audience: "coordinator", variables: ["expediteur", "destinataire", "date", "sans_commande", "soucis", "conflits", "liste"], required: ["liste"], urgent: false },
  round_changed: { audience: "driver", variables: ["expediteur", "destinataire", "date"], required: ["date"], urgent: false },
  // What a round under way raises, to the coordination's devices, while it happens.
  wellbeing_alert: { audience: "coordinator", variables: ["expediteur", "destinataire", "chauffeur", "commune", "moment"], required: ["commune"], urgent: true },
  round_late: { audience: "coordinator", variables: ["expediteur", "destinataire", "chauffeur", "vehicule", "retard"], required: ["retard"], urgent: true },
  cutoff_reminder_relay: { audience: "relay", variables: ["expediteur", "foyer", "date", "limite", "lieu"], required: ["foyer", "limite"], urgent: false },
  day_before_relay: { audience: "relay", variables: ["expediteur", "foyer", "date", "heure", "lieu"], required: ["foyer", "heure"], urgent: false },
  order_confirmation_relay: { audience: "relay", variables: ["expediteur", "foyer", "date", "heure", "lieu", "articles"], required: ["foyer", "date"], urgent: false },
  time_change_relay: { audience: "relay", variables: ["expediteur", "foyer", "date", "heure", "ancienne_heure", "lieu"], required: ["foyer", "heure"], urgent: false },
  delay_relay: { audience: "relay", variables: ["expediteur", "foyer", "retard", "heure", "lieu"], required: ["foyer", "retard"], urgent: true },
  /** To an AMAP member whose only order on the passage is their basket: the skip deadline is that passage's cutoff. */
  basket_reminder: { audience: "household", variables: ["expediteur", "foyer", "date", "limite", "lieu", "panier"], required: ["limite"], urgent: false },
  basket_reminder_relay: { audience: "relay", variables: ["expediteur", "foyer", "date", "limite", "lieu", "panier"], required: ["foyer", "limite"], urgent: false },
  purchase_order: { audience: "producer", variables: ["expediteur", "destinataire", "date", "liste", "total", "livraison", "lien"], required: ["liste"], urgent: false },
};
