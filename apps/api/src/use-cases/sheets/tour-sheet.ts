/** The driver's printable tour sheet: stops, times, what to load and hand over to whom, access notes. */
import type { Actor } from "../../auth/actor.js";
import type { Services } from "../../services.js";
import type { BreadPickup } from "../tours/bread-pickups.js";
import type { TourReload } from "@tournee/domain";
import { clock, escapeHtml, frenchDate, htmlPage, htmlTable, loadWords } from "./html-page.js";
import { tourSheetData, type SheetStop } from "./tour-sheet-data.js";

const KIND_LABELS: Record<SheetStop["kind"], string> = {
  halt: "Halte", home_drop: "Livraison à domicile", bread_pickup: "Retrait du pain", bread_delivery: "Remise du pain",
  farm_pickup: "Chargement à la ferme", farm_delivery: "Remise des produits de la ferme",
};

export const cratesLabel = (crates: number) => `${crates} caisse${crates > 1 ? "s" : ""}`;

function pickupSection(pickup: BreadPickup): string {
  const farm = pickup.source === "farm";
  const load = farm ? `<p><strong>Charger ${cratesLabel(pickup.crates)}</strong> à ${escapeHtml(pickup.siteName)}.</p>` : `<p><strong>Charger ${cratesLabel(pickup.crates)}</strong> de pain.</p>`;
  const products = htmlTable([farm ? "Produit" : "Pain", "Unité", "Quantité"], pickup.products.map((p) => [p.productName, p.unit, p.quantity]), new Set([2]));
  const stops = htmlTable(["Arrêt n°", "Remis à", farm ? "Articles" : "Pains"], pickup.stops.map((s) => [s.sequence === null ? "—" : s.sequence + 1, s.stopName, s.quantity]), new Set([0, 2]));
  return `${load}${products}<p>Réparti ainsi :</p>${stops}`;
}

function stopSection(stop: SheetStop, timeZone: string): string {
  const window = stop.windowStart ? ` · créneau ${clock(stop.windowStart, timeZone)}–${clock(stop.windowEnd, timeZone)}` : "";
  const access = stop.accessNotes ? `<p class="note">Accès : ${escapeHtml(stop.accessNotes)}</p>` : "";
  const notes = stop.householdNotes.map((n) => `<p class="note">${escapeHtml(n.household)} : ${escapeHtml(n.accessNotes)}</p>`).join("");
  const lines = !stop.lines.length ? "" : htmlTable(["Foyer", "Produit", "Unité", "Quantité"], stop.lines.map((l) => [l.household, l.productName, l.unit, l.quantity]), new Set([3]));
  return `<section class="stop"><h2>${stop.sequence + 1}. ${escapeHtml(clock(stop.arrival, timeZone))} — ${escapeHtml(stop.name)} <small>(${KIND_LABELS[stop.kind]}, ${escapeHtml(stop.city)})</small></h2>` +
    `<p>Départ prévu ${escapeHtml(clock(stop.departure, timeZone))}${escapeHtml(window)}</p>${stop.pickup ? pickupSection(stop.pickup) : ""}${access}${notes}${lines}</section>`;
}

/** A multi-trip round's return to the depot, between the last stop of a trip and the first of the next. */
function reloadSection(reload: TourReload, timeZone: string): string {
  return `<section class="stop" data-reload><h2>↺ ${escapeHtml(clock(new Date(reload.plannedArrival), timeZone))} — Retour au dépôt <small>(${escapeHtml(reload.siteName)})</small></h2>` +
    `<p><strong>Recharger : ${escapeHtml(loadWords(reload.load))}</strong> pour la tournée ${reload.trip} (voir la liste de chargement). Départ prévu ${escapeHtml(clock(new Date(reload.plannedDeparture), timeZone))}.</p></section>`;
}

/** The reloads that come right before the stop numbered `sequence` (once, when stops share a number). */
export const reloadsBefore = (reloads: readonly TourReload[], sequence: number, previous: number | undefined) =>
  previous === sequence ? [] : reloads.filter((r) => r.beforeSequence === sequence);

type SheetTour = Awaited<ReturnType<typeof tourSheetData>>["tour"];

/** Where the times printed come from, and the day seen from the depot: a driver must know how far to trust them. */
export function routingSentence(tour: Pick<SheetTour, "routingProvider" | "estimatedShare" | "plannedStartAt" | "plannedEndAt" | "plannedDistanceM">, timeZone: string): string {
  const share = new Intl.NumberFormat("fr-FR", { style: "percent", maximumFractionDigits: 0 }).format(tour.estimatedShare ?? 0);
  const source = {
    osrm: "Heures calculées sur le réseau routier.",
    estimate: "Heures estimées à vol d'oiseau, sans calcul d'itinéraire : prévoir une marge.",
    mixed: `Heures en partie estimées à vol d'oiseau (${share} des trajets) : prévoir une marge.`,
  }[tour.routingProvider ?? "osrm"];
  const km = Math.round((tour.plannedDistanceM ?? 0) / 1000);
  const depot = tour.plannedStartAt && tour.plannedEndAt ? ` Départ du dépôt à ${clock(tour.plannedStartAt, timeZone)}, retour vers ${clock(tour.plannedEndAt, timeZone)}, ${km} km.` : "";
  return tour.routingProvider ? `${source}${depot}` : depot.trim();
}

export async function tourSheetHtml({ services, actor, id }: { services: Services; actor: Actor; id: string }): Promise<string> {
  const { tour, stops, reloads, timeZone } = await tourSheetData(services, actor, id);
  const trips = reloads.length ? `${reloads.length + 1} tournées (retour au dépôt pour recharger)` : undefined;
  const meta = [frenchDate(tour.date), tour.vehicle?.name, trips, tour.driver ? `chauffeur : ${tour.driver.displayName}` : "chauffeur à désigner", `version ${tour.version}`].filter(Boolean).join(" · ");
  const routing = routingSentence(tour, timeZone);
  const body = (routing ? `<p class="meta" data-routing>${escapeHtml(routing)}</p>` : "") + (stops.map((s, i) => reloadsBefore(reloads, s.sequence, stops[i - 1]?.sequence).map((r) => reloadSection(r, timeZone)).join("") + stopSection(s, timeZone)).join("") || "<p>Aucun arrêt planifié.</p>");
  return htmlPage(`Feuille de route — ${tour.vehicle?.name ?? "tournée"}`, meta, body);
}
