/**
 * The receiving checklist at the warehouse as a printable A4 page, for whoever receives the drops
 * with a pen: per producer, when its goods are due, each product expected with a box to tick and
 * room to write what came; what was counted already is printed as counted.
 */
import type { Drop } from "@tournee/domain";
import type { LocalDate } from "@tournee/domain/calendar";
import type { Actor } from "../../auth/actor.js";
import type { Services } from "../../services.js";
import { dbDate } from "../planning/coordinated-organisation.js";
import { clock, escapeHtml, frenchDate, htmlPage, htmlTable } from "../sheets/html-page.js";
import { dropChecklist } from "./warehouse-drops.js";

/** "7 h 30". */
export const hourWords = (instant: Date): string => clock(instant).replace(/^0/, "").replace(":", " h ");

function dropSection(d: Drop): string {
  const due = hourWords(new Date(d.dueAt));
  const state = d.status === "received"
    ? `Reçue à ${hourWords(new Date(d.receivedAt!))}${d.receivedAt! > d.dueAt ? " (en retard)" : ""}${d.receivedBy ? ` par ${d.receivedBy}` : ""}.`
    : d.status === "late" ? `En retard : attendue avant ${due}.` : `Attendue avant ${due}.`;
  const rows = d.lines.map((l) => [l.received === null ? "☐" : l.received < l.expected ? "✗" : "✓", l.productName, l.unit, l.expected, l.received ?? "", l.note ?? ""]);
  return `<section class="stop"><h2>${escapeHtml(`${d.producerName} — à ${d.siteName}, avant ${due}`)}</h2><p>${escapeHtml(state)}</p>` +
    `${htmlTable(["Arrivé", "Produit", "Unité", "Attendu", "Reçu", "Remarque (ce qui manque, pourquoi)"], rows, new Set([3, 4]))}</section>`;
}

export async function dropSheetHtml({ services, actor, date }: { services: Services; actor: Actor; date?: LocalDate | undefined }): Promise<string> {
  const checklist = await dropChecklist({ services, actor, date });
  const title = "Réception des producteurs à l'entrepôt";
  const meta = `Livraison du ${frenchDate(dbDate(checklist.date))} · cocher ce qui est arrivé, noter ce qui manque`;
  if (!checklist.drops.length) return htmlPage(title, meta, "<p>Aucun producteur n'apporte de marchandise à l'entrepôt ce jour-là.</p>");
  return htmlPage(title, meta, `${checklist.drops.map(dropSection).join("")}<p>Reçu par :</p>`, "td:first-child { font-size: 14pt; text-align: center; width: 12mm; }");
}
