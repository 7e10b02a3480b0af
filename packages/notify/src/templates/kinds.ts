/** What Tournée sends, to whom, and the variables each message's template may use. */
export const MESSAGE_KINDS = ["cutoff_reminder", "day_before", "order_confirmation", "time_change", "delay", "eligibility_digest", "coordinator_digest", "round_changed"] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

export type Audience = "household" | "referrer" | "coordinator" | "driver";

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
};
