/**
 * What to put in the truck, compartment by compartment, in reverse order of delivery (the last
 * stop's goods go in first). Bread is loaded at the bakery, for the stops this tour hands it to;
 * a producer's goods the round collects are loaded at its farm, in a section of their own.
 */
import type { Actor } from "../../auth/actor.js";
import { writeCsv } from "../imports/csv.js";
import type { Services } from "../../services.js";
import { COMPARTMENT_LABELS, clock, escapeHtml, frenchDate, htmlPage, htmlTable } from "./html-page.js";
import { cratesLabel } from "./tour-sheet.js";
import { tourSheetData } from "./tour-sheet-data.js";

const ORDER = ["frozen", "chilled", "ambient", "bread"];
/** The section a line is loaded in: a compartment at the warehouse, or the farm it is collected at. */
const sectionOf = (line: { compartment: string; farm?: string }) => (line.farm ? `farm:${line.farm}` : line.compartment);

async function loadingRows(services: Services, actor: Actor, id: string) {
  const { tour, stops, timeZone } = await tourSheetData(services, actor, id);
  const rows = stops.flatMap((stop) => stop.lines.map((l) => ({ ...l, stop, position: stop.sequence + 1 })))
    .sort((a, b) => Number(Boolean(a.farm)) - Number(Boolean(b.farm)) || ORDER.indexOf(a.compartment) - ORDER.indexOf(b.compartment) || b.stop.sequence - a.stop.sequence || a.household.localeCompare(b.household));
  const pickups = stops.flatMap((s) => (s.pickup ? [{ ...s.pickup, position: s.sequence + 1 }] : []));
  return { tour, timeZone, rows, pickups };
}

const HEADER = ["Compartiment", "Arrêt n°", "Arrêt", "Heure", "Foyer", "Produit", "Unité", "Quantité"];

export async function loadingListCsv({ services, actor, id }: { services: Services; actor: Actor; id: string }): Promise<string> {
  const { rows, timeZone } = await loadingRows(services, actor, id);
  return writeCsv(HEADER, rows.map((r) => [r.farm ? `${COMPARTMENT_LABELS[r.compartment] ?? r.compartment} (chargé à ${r.farm})` : (COMPARTMENT_LABELS[r.compartment] ?? r.compartment), String(r.position), r.stop.name, clock(r.stop.arrival, timeZone), r.household, r.productName, r.unit, String(r.quantity)]));
}

export async function loadingListHtml({ services, actor, id }: { services: Services; actor: Actor; id: string }): Promise<string> {
  const { tour, rows, pickups, timeZone } = await loadingRows(services, actor, id);
  const farms = [...new Set(rows.flatMap((r) => (r.farm ? [`farm:${r.farm}`] : [])))];
  const sections = [...ORDER, ...farms].map((section) => {
    const mine = rows.filter((r) => sectionOf(r) === section);
    if (!mine.length) return "";
    const at = (source: "bakery" | "farm", siteName?: string) => pickups.filter((p) => p.source === source && (!siteName || p.siteName === siteName)).map((p) => `arrêt n° ${p.position}, ${p.siteName} : ${cratesLabel(p.crates)}`).join(" ; ");
    const farm = section.startsWith("farm:") ? section.slice(5) : undefined;
    const collected = farm ? at("farm", farm) : at("bakery");
    const title = farm ? `À charger à ${farm}${collected ? ` (${collected})` : ""}` : section === "bread" ? `${COMPARTMENT_LABELS.bread} (chargé au fournil${collected ? ` — ${collected}` : ""})` : COMPARTMENT_LABELS[section]!;
    return `<h2>${escapeHtml(title)}</h2>` + htmlTable(HEADER.slice(1), mine.map((r) => [r.position, r.stop.name, clock(r.stop.arrival, timeZone), r.household, r.productName, r.unit, r.quantity]), new Set([0, 6]));
  }).join("");
  return htmlPage(`Chargement — ${tour.vehicle?.name ?? "véhicule"}`, `${frenchDate(tour.date)} · à charger du dernier arrêt au premier`, sections || "<p>Rien à charger.</p>");
}
