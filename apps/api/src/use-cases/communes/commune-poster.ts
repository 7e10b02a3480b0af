/**
 * A commune's public page as HTML: readable on a phone, and printed on one A4 sheet as the poster
 * of the town hall's board (large type, no script, nothing but the rounds, the places, the dates
 * and how to order).
 */
import { escapeHtml, frenchDate } from "../sheets/html-page.js";
import type { CommunePage, PublicHalt, PublicService } from "./commune-page.js";

const STYLE = `
  @page { size: A4; margin: 12mm; }
  * { box-sizing: border-box; }
  body { font: 13pt/1.4 system-ui, sans-serif; color: #111; margin: 0 auto; max-width: 186mm; padding: 4mm; }
  h1 { font-size: 24pt; line-height: 1.15; margin: 0 0 3mm; }
  .lead { font-size: 14pt; margin: 0 0 5mm; }
  section { border: 2px solid #111; border-radius: 3mm; padding: 3mm 5mm; margin: 0 0 5mm; break-inside: avoid; page-break-inside: avoid; }
  h2 { font-size: 17pt; margin: 0 0 2mm; }
  h3 { font-size: 14pt; margin: 3mm 0 1mm; }
  .place { margin: 0 0 1mm; color: #333; }
  ul { margin: 1mm 0 2mm; padding-left: 6mm; }
  li { margin: 0.5mm 0; }
  .round { color: #333; font-size: 11pt; }
  .order { background: #f2f2f2; border-radius: 2mm; padding: 2mm 4mm; margin-top: 3mm; }
  .order p { margin: 1mm 0; }
  .phone { font-size: 17pt; font-weight: bold; white-space: nowrap; }
  .usual { font-size: 10.5pt; color: #333; }
  .screen-only { font-size: 11pt; color: #333; border-top: 1px solid #999; padding-top: 2mm; }
  a { color: #0b4f8a; }
  @media print { body { padding: 0; max-width: none; } .screen-only { display: none; } a { color: inherit; text-decoration: none; } }
`;

const TIME = (timeZone: string) => new Intl.DateTimeFormat("fr-FR", { hour: "2-digit", minute: "2-digit", timeZone });
const hour = (minute: number) => `${Math.floor(minute / 60)} h${minute % 60 ? ` ${String(minute % 60).padStart(2, "0")}` : ""}`;

/** "la veille du passage, avant 18 h" */
export function cutoffSentence({ daysBefore, minute }: PublicService["cutoff"]): string {
  const day = daysBefore === 0 ? "le jour du passage" : daysBefore === 1 ? "la veille du passage" : `${daysBefore} jours avant le passage`;
  return `${day}, avant ${hour(minute)}`;
}

function haltBlock(halt: PublicHalt, timeZone: string): string {
  const time = TIME(timeZone);
  const where = [halt.addressLine].filter(Boolean).join(", ");
  const host = [halt.hostPlace, halt.hostName && `(${halt.hostName})`].filter(Boolean).join(" ");
  const dates = halt.dates.map((d) => {
    const day = frenchDate(new Date(`${d.date}T00:00:00Z`)).replace(/ \d{4}$/, "");
    const round = d.round ? ` <span class="round">(${escapeHtml(d.round)})</span>` : "";
    return `<li><strong>${escapeHtml(day)}</strong>, de ${time.format(new Date(d.windowStart))} à ${time.format(new Date(d.windowEnd))}${round}</li>`;
  }).join("");
  const usual = halt.dates.some((d) => d.fromTimetable) ? `<p class="usual">Heures habituelles : l'heure exacte est confirmée la semaine du passage.</p>` : "";
  return `<h3>${escapeHtml(halt.name)}${where ? `, ${escapeHtml(where)}` : ""}</h3>${host ? `<p class="place">${escapeHtml(host)}</p>` : ""}<ul>${dates}</ul>${usual}`;
}

function serviceBlock(service: PublicService, orderUrl: string): string {
  const phone = service.phone ? `<p>Par téléphone : <span class="phone">${escapeHtml(service.phone)}</span></p>` : "";
  return `<section><h2>${escapeHtml(service.name)}</h2>${service.halts.map((h) => haltBlock(h, service.timeZone)).join("")}` +
    `<div class="order"><p><strong>Pour commander</strong>, ${escapeHtml(cutoffSentence(service.cutoff))} :</p>${phone}` +
    `<p>Sur internet : <a href="${escapeHtml(orderUrl)}">${escapeHtml(orderUrl.replace(/^https?:\/\//, ""))}</a></p>` +
    `<p>Un proche, la mairie ou une assistante sociale peut aussi commander pour vous.</p></div></section>`;
}

export function communePosterHtml(page: CommunePage): string {
  const title = `Les tournées à ${page.city}`;
  const body = page.services.length
    ? page.services.map((s) => serviceBlock(s, page.orderUrl)).join("")
    : `<p class="lead">Aucun passage n'est prévu dans les prochaines semaines.</p>`;
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>${escapeHtml(title)}</title><style>${STYLE}</style></head><body><main>` +
    `<h1>Le camion passe à ${escapeHtml(page.city)}</h1>` +
    `<p class="lead">Commandez avant son passage, puis retrouvez-le à l'arrêt, aux dates ci-dessous.</p>` +
    `${body}<p class="screen-only">Affiche à imprimer sur une feuille A4 pour le panneau de la mairie.</p></main></body></html>`;
}

export function unknownCommuneHtml(commune: string): string {
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Commune inconnue</title><style>${STYLE}</style></head>` +
    `<body><main><h1>Aucune halte à « ${escapeHtml(commune)} »</h1><p class="lead">Aucune tournée ne s'arrête dans une commune de ce nom. Vérifiez l'adresse de la page.</p></main></body></html>`;
}
