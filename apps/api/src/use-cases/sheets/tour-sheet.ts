/** The driver's printable tour sheet: stops, times, what to hand over to whom, access notes. */
import type { Actor } from "../../auth/actor.js";
import type { Services } from "../../services.js";
import { clock, escapeHtml, frenchDate, htmlPage, htmlTable } from "./html-page.js";
import { tourSheetData, type SheetStop } from "./tour-sheet-data.js";

const KIND_LABELS: Record<SheetStop["kind"], string> = { halt: "Halte", home_drop: "Livraison à domicile", bread_pickup: "Retrait du pain", bread_delivery: "Remise du pain" };

function stopSection(stop: SheetStop, position: number, timeZone: string): string {
  const window = stop.windowStart ? ` · créneau ${clock(stop.windowStart, timeZone)}–${clock(stop.windowEnd, timeZone)}` : "";
  const crates = stop.kind === "bread_pickup" ? `<p>${stop.crates} caisse(s) de pain à charger.</p>` : "";
  const access = stop.accessNotes ? `<p class="note">Accès : ${escapeHtml(stop.accessNotes)}</p>` : "";
  const notes = stop.householdNotes.map((n) => `<p class="note">${escapeHtml(n.household)} : ${escapeHtml(n.accessNotes)}</p>`).join("");
  const lines = stop.kind === "bread_pickup" || !stop.lines.length ? "" : htmlTable(["Foyer", "Produit", "Unité", "Quantité"], stop.lines.map((l) => [l.household, l.productName, l.unit, l.quantity]), new Set([3]));
  return `<section class="stop"><h2>${position}. ${escapeHtml(clock(stop.arrival, timeZone))} — ${escapeHtml(stop.name)} <small>(${KIND_LABELS[stop.kind]}, ${escapeHtml(stop.city)})</small></h2>` +
    `<p>Départ prévu ${escapeHtml(clock(stop.departure, timeZone))}${escapeHtml(window)}</p>${crates}${access}${notes}${lines}</section>`;
}

export async function tourSheetHtml({ services, actor, id }: { services: Services; actor: Actor; id: string }): Promise<string> {
  const { tour, stops, timeZone } = await tourSheetData(services, actor, id);
  const meta = [frenchDate(tour.date), tour.vehicle?.name, tour.driver ? `chauffeur : ${tour.driver.displayName}` : "chauffeur à désigner", `version ${tour.version}`].filter(Boolean).join(" · ");
  const body = stops.map((s, i) => stopSection(s, i + 1, timeZone)).join("") || "<p>Aucun arrêt planifié.</p>";
  return htmlPage(`Feuille de route — ${tour.vehicle?.name ?? "tournée"}`, meta, body);
}
