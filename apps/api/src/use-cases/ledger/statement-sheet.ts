/**
 * A month's statement as a printable A4 page, the project's way to a PDF (like the tour sheets and
 * the commune posters): the browser prints it or saves it as PDF for the member's accountant.
 * Everything in French: dates in words, amounts in the network's unit with its euro value,
 * who the exchange was with and which way it went, opening and closing balances.
 */
import type { CreditStatement } from "@tournee/domain";
import { localDateOf, monthKey } from "@tournee/domain/calendar";
import type { Actor } from "../../auth/actor.js";
import type { Services } from "../../services.js";
import { escapeHtml, htmlPage, htmlTable } from "../sheets/html-page.js";
import { getStatement } from "./get-statement.js";

const number = new Intl.NumberFormat("fr-FR");
const day = new Intl.DateTimeFormat("fr-FR", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const dayAndTime = new Intl.DateTimeFormat("fr-FR", { day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "Europe/Paris" });
const monthName = new Intl.DateTimeFormat("fr-FR", { month: "long", year: "numeric", timeZone: "UTC" });

type Unit = CreditStatement["network"];

/** "12 sous", "1 sou" */
export function unitsInFrench(amount: number, unit: Unit): string {
  const n = Math.abs(amount);
  return `${number.format(n)}\u00a0${n >= 2 ? unit.unitPlural : unit.unitName}`;
}

/** "+ 12 sous", "− 3 sous", "0 sou" */
export function signedUnitsInFrench(amount: number, unit: Unit): string {
  return amount === 0 ? unitsInFrench(0, unit) : `${amount > 0 ? "+" : "−"}\u00a0${unitsInFrench(amount, unit)}`;
}

/** "1er décembre 2026", "14 mars 2026" */
const calendarDay = (date: string) => day.format(new Date(`${date}T12:00:00Z`)).replace(/^1 /, "1er ");

export function statementSheetHtml(s: CreditStatement, printedAt: Date): string {
  const unit = s.network;
  const [y, m] = s.month.split("-").map(Number) as [number, number];
  const month = monthName.format(new Date(Date.UTC(y, m - 1, 15)));
  // A month still running closes on the day it is printed.
  const lastDay = monthKey(printedAt) === s.month ? localDateOf(printedAt) : new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
  const rows = s.lines.map((l) => [
    calendarDay(l.serviceDate),
    `${l.change > 0 ? "Rendu à" : "Reçu de"} ${l.counterpartName}`,
    `${l.reversesEntryId ? `Annulation d'une écriture : ${l.description}` : l.description}${l.reversedByEntryId ? " (annulée ensuite)" : ""}`,
    signedUnitsInFrench(l.change, unit),
    signedUnitsInFrench(l.balanceAfter, unit),
  ]);
  const table = s.lines.length === 0
    ? `<p>Aucun échange en ${escapeHtml(month)}.</p>`
    : htmlTable(["Date du service", "Avec", "Service", "Mouvement", "Solde après"], rows, new Set([3, 4]));
  const received = s.lines.filter((l) => l.change > 0).reduce((n, l) => n + l.change, 0);
  const given = s.lines.filter((l) => l.change < 0).reduce((n, l) => n - l.change, 0);
  const body =
    `<p>Solde au 1<sup>er</sup> ${escapeHtml(month)} : <strong>${escapeHtml(signedUnitsInFrench(s.opening, unit))}</strong></p>` +
    table +
    htmlTable(["Ce mois-ci", "Montant"], [
      ["Services rendus (crédits)", unitsInFrench(received, unit)],
      ["Services reçus (débits)", unitsInFrench(given, unit)],
      [`Solde au ${calendarDay(lastDay)}`, signedUnitsInFrench(s.closing, unit)],
    ], new Set([1])) +
    `<p class="note">Un solde positif : le réseau doit des services à ${escapeHtml(s.organisationName)} ; négatif : ${escapeHtml(s.organisationName)} en doit au réseau. ` +
    `Aucun euro n'a été versé ; 1 ${escapeHtml(unit.unitName)} vaut 1 € pour la comptabilité. Une écriture ne s'efface pas : une erreur est annulée par une contre-écriture, qui figure au relevé.</p>`;
  return htmlPage(
    `Relevé d'échanges de ${month} — ${s.organisationName}`,
    `Réseau d'échanges « ${s.network.name} », unité : le ${s.network.unitName} (1 ${s.network.unitName} = 1 €). Relevé édité le ${dayAndTime.format(printedAt)}.`,
    body,
  );
}

export async function statementSheet({ services, actor, id, month }: { services: Services; actor: Actor; id: string; month?: string }): Promise<string> {
  const statement = await getStatement({ services, actor, id, ...(month ? { month } : {}) });
  return statementSheetHtml(statement, services.now());
}
