/**
 * The bakery's production list for a day, printable and as CSV: what to bake, by product, and
 * for which round and collection time. A bakery sees every round carrying its bread; a grocery
 * the bread its own rounds carry. Same figures as the screens (use-cases/bakery/bread-days.ts).
 */
import type { BreadDay, BreadRound } from "@tournee/domain";
import type { Actor } from "../../auth/actor.js";
import type { Services } from "../../services.js";
import { breadDays } from "../bakery/bread-days.js";
import { breadScopeFor } from "../bakery/bread-scope.js";
import { writeCsv } from "../imports/csv.js";
import { dbDate } from "../planning/coordinated-organisation.js";
import { clock, escapeHtml, frenchDate, htmlPage, htmlTable } from "./html-page.js";

type Options = { services: Services; actor: Actor; date: string; organisationId?: string | undefined };

/** "Tournée du lundi, Camion frigorifique — Épicerie…", and when it collects: planned, or the round's departure. */
export function roundLabel(round: BreadRound, timeZone: string): string {
  const who = [[round.roundName, round.vehicleName].filter(Boolean).join(", ") || "Tournée", round.carrier.name].join(" — ");
  const when = round.collectAt ? `retrait à ${clock(new Date(round.collectAt), timeZone)}` : round.departure ? `départ à ${round.departure.replace(":", " h ")}, retrait non planifié` : "retrait non planifié";
  return `${who} (${when})`;
}

async function production({ services, actor, date, organisationId }: Options) {
  const { organisation, scope } = await breadScopeFor(services, actor, organisationId);
  return { organisation, days: await breadDays(services, scope, date, date) };
}

const HEADER = ["Boulangerie", "Tournée", "Produit", "Unité", "Quantité"];

export async function bakeryProductionCsv(options: Options): Promise<string> {
  const { organisation, days } = await production(options);
  // A day the bakery is closed is said on each row: what was ordered is not collected, not to produce.
  const label = (day: BreadDay, round: BreadRound) => `${roundLabel(round, organisation.timeZone)}${day.bakeryClosed ? " — boulangerie fermée ce jour-là : non retiré, à ne pas produire" : ""}`;
  const rows = days.flatMap((day) => day.rounds.flatMap((round) => round.products.map((p) => [day.bakery.name, label(day, round), p.productName, p.unit, String(p.quantity)])));
  return writeCsv(HEADER, rows);
}

function bakerySection(day: BreadDay, timeZone: string, several: boolean): string {
  const title = several ? `<h2>${escapeHtml(day.bakery.name)}</h2>` : "";
  if (day.bakeryClosed) {
    const ordered = htmlTable(["Produit", "Unité", "Quantité"], day.products.map((p) => [p.productName, p.unit, p.quantity]), new Set([2]));
    return `${title}<p><strong>La boulangerie est fermée ce jour-là</strong> : aucune tournée ne retire ce pain, commandé avant le changement d'horaires. Ne le produisez pas ; voyez avec la coordination qui l'a commandé.</p><h2>Commandé, non retiré</h2>${ordered}`;
  }
  const status = day.open
    ? `<p><strong>Commandes encore ouvertes</strong> jusqu'au ${escapeHtml(frenchDateTime(day.cutoffAt, timeZone))} : ces chiffres peuvent encore augmenter.</p>`
    : `<p>Commandes closes : chiffres définitifs.</p>`;
  const totals = htmlTable(["Produit", "Unité", "Quantité"], day.products.map((p) => [p.productName, p.unit, p.quantity]), new Set([2]));
  const rounds = day.rounds.filter((r) => r.total > 0).map((r) => `<h3>${escapeHtml(roundLabel(r, timeZone))}</h3>` + htmlTable(["Produit", "Unité", "Quantité"], r.products.map((p) => [p.productName, p.unit, p.quantity]), new Set([2]))).join("");
  return `${title}${status}<h2>Total à produire</h2>${totals}<h2>Par tournée</h2>${rounds}`;
}

export async function bakeryProductionHtml(options: Options): Promise<string> {
  const { organisation, days } = await production(options);
  const baked = days.filter((d) => d.total > 0);
  const body = baked.length ? baked.map((d) => bakerySection(d, organisation.timeZone, baked.length > 1)).join("") : "<p>Aucune commande de pain pour ce jour.</p>";
  const title = organisation.kind === "solidarity_bakery" ? `Production — ${organisation.name}` : `Pain commandé sur les tournées — ${organisation.name}`;
  return htmlPage(title, frenchDate(dbDate(options.date)), body);
}

function frenchDateTime(iso: string | null, timeZone: string): string {
  if (!iso) return "—";
  return new Intl.DateTimeFormat("fr-FR", { weekday: "long", day: "numeric", month: "long", hour: "2-digit", minute: "2-digit", timeZone }).format(new Date(iso));
}
