/**
 * What to put in the truck, compartment by compartment, in reverse order of delivery (the last
 * stop's goods go in first). Bread is loaded at the bakery, for the stops this tour hands it to;
 * a producer's goods the round collects are loaded at its farm, in a section of their own.
 * A multi-trip round gets one list per trip: the first loaded before leaving, each other one at
 * the vehicle's return to the depot.
 */
import { tripOf } from "@tournee/domain";
import type { Actor } from "../../auth/actor.js";
import { writeCsv } from "../imports/csv.js";
import type { Services } from "../../services.js";
import { COMPARTMENT_LABELS, clock, escapeHtml, frenchDate, htmlPage, htmlTable, loadWords } from "./html-page.js";
import { cratesLabel } from "./tour-sheet.js";
import { tourSheetData } from "./tour-sheet-data.js";

const ORDER = ["frozen", "chilled", "ambient", "bread"];
/** The section a line is loaded in: a compartment at the warehouse, or the farm it is collected at. */
const sectionOf = (line: { compartment: string; farm?: string }) => (line.farm ? `farm:${line.farm}` : line.compartment);

async function loadingRows(services: Services, actor: Actor, id: string) {
  const { tour, stops, reloads, timeZone } = await tourSheetData(services, actor, id);
  const rows = stops.flatMap((stop) => stop.lines.map((l) => ({ ...l, stop, position: stop.sequence + 1, trip: tripOf(stop.sequence, reloads) })))
    .sort((a, b) => a.trip - b.trip || Number(Boolean(a.farm)) - Number(Boolean(b.farm)) || ORDER.indexOf(a.compartment) - ORDER.indexOf(b.compartment) || b.stop.sequence - a.stop.sequence || a.household.localeCompare(b.household));
  const pickups = stops.flatMap((s) => (s.pickup ? [{ ...s.pickup, position: s.sequence + 1 }] : []));
  return { tour, timeZone, rows, pickups, reloads };
}

const HEADER = ["Compartiment", "Arrêt n°", "Arrêt", "Heure", "Foyer", "Produit", "Unité", "Quantité", "Tournée n°"];

export async function loadingListCsv({ services, actor, id }: { services: Services; actor: Actor; id: string }): Promise<string> {
  const { rows, timeZone } = await loadingRows(services, actor, id);
  return writeCsv(HEADER, rows.map((r) => [r.farm ? `${COMPARTMENT_LABELS[r.compartment] ?? r.compartment} (chargé à ${r.farm})` : (COMPARTMENT_LABELS[r.compartment] ?? r.compartment), String(r.position), r.stop.name, clock(r.stop.arrival, timeZone), r.household, r.productName, r.unit, String(r.quantity), String(r.trip)]));
}

export async function loadingListHtml({ services, actor, id }: { services: Services; actor: Actor; id: string }): Promise<string> {
  const { tour, rows: all, pickups: allPickups, reloads, timeZone } = await loadingRows(services, actor, id);
  const lists = [1, ...reloads.map((r) => r.trip)].map((trip) => {
    const reload = reloads.find((r) => r.trip === trip);
    const rows = all.filter((r) => r.trip === trip);
    const pickups = allPickups.filter((p) => tripOf(p.position - 1, reloads) === trip);
    const sections = loadingSections(rows, pickups, timeZone);
    if (!reloads.length) return sections;
    const when = reload ? `au retour au dépôt vers ${clock(new Date(reload.plannedArrival), timeZone)} — recharger : ${loadWords(reload.load)}` : "au départ du dépôt";
    return `<section data-trip="${trip}"><h2>Tournée ${trip} — ${escapeHtml(when)}</h2>${sections || "<p>Rien à charger au dépôt.</p>"}</section>`;
  });
  const body = lists.join("");
  return htmlPage(`Chargement — ${tour.vehicle?.name ?? "véhicule"}`, `${frenchDate(tour.date)} · à charger du dernier arrêt au premier`, body || "<p>Rien à charger.</p>");
}

type LoadingRows = Awaited<ReturnType<typeof loadingRows>>;

function loadingSections(rows: LoadingRows["rows"], pickups: LoadingRows["pickups"], timeZone: string): string {
  const farms = [...new Set(rows.flatMap((r) => (r.farm ? [`farm:${r.farm}`] : [])))];
  const sections = [...ORDER, ...farms].map((section) => {
    const mine = rows.filter((r) => sectionOf(r) === section);
    if (!mine.length) return "";
    const at = (source: "bakery" | "farm", siteName?: string) => pickups.filter((p) => p.source === source && (!siteName || p.siteName === siteName)).map((p) => `arrêt n° ${p.position}, ${p.siteName} : ${cratesLabel(p.crates)}`).join(" ; ");
    const farm = section.startsWith("farm:") ? section.slice(5) : undefined;
    const collected = farm ? at("farm", farm) : at("bakery");
    const title = farm ? `À charger à ${farm}${collected ? ` (${collected})` : ""}` : section === "bread" ? `${COMPARTMENT_LABELS.bread} (chargé au fournil${collected ? ` — ${collected}` : ""})` : COMPARTMENT_LABELS[section]!;
    return `<h2>${escapeHtml(title)}</h2>` + htmlTable(HEADER.slice(1, -1), mine.map((r) => [r.position, r.stop.name, clock(r.stop.arrival, timeZone), r.household, r.productName, r.unit, r.quantity]), new Set([0, 6]));
  }).join("");
  return sections;
}
