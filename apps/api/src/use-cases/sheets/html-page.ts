/** A printable A4 page: French labels, plain tables, no script. Every value goes through `escapeHtml`. */
export function escapeHtml(value: unknown): string {
  return String(value ?? "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

const STYLE = `
  @page { size: A4; margin: 12mm; }
  body { font: 11pt/1.35 system-ui, sans-serif; color: #000; margin: 0 auto; max-width: 190mm; }
  h1 { font-size: 16pt; margin: 0 0 2mm; } h2 { font-size: 13pt; margin: 6mm 0 2mm; border-bottom: 1px solid #000; }
  .meta { margin: 0 0 4mm; color: #333; }
  table { width: 100%; border-collapse: collapse; margin-bottom: 4mm; }
  th, td { border: 1px solid #999; padding: 1.5mm 2mm; text-align: left; vertical-align: top; }
  th { background: #eee; } td.n { text-align: right; white-space: nowrap; }
  .stop { break-inside: avoid; page-break-inside: avoid; }
  .note { font-style: italic; }
  @media print { body { max-width: none; } a { color: inherit; text-decoration: none; } h2 { break-after: avoid; } }
`;

/** `extraStyle` follows the sheets' style, e.g. another paper size or a larger print. */
export function htmlPage(title: string, meta: string, body: string, extraStyle = ""): string {
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title><style>${STYLE}${extraStyle}</style></head>` +
    `<body><h1>${escapeHtml(title)}</h1><p class="meta">${escapeHtml(meta)}</p>${body}</body></html>`;
}

export function htmlTable(header: readonly string[], rows: readonly (readonly (string | number)[])[], numeric: ReadonlySet<number> = new Set()): string {
  const head = `<tr>${header.map((h) => `<th>${escapeHtml(h)}</th>`).join("")}</tr>`;
  const body = rows.map((r) => `<tr>${r.map((v, i) => `<td${numeric.has(i) ? ' class="n"' : ""}>${escapeHtml(v)}</td>`).join("")}</tr>`).join("");
  return `<table>${head}${body}</table>`;
}

export const COMPARTMENT_LABELS: Record<string, string> = { ambient: "Sec", chilled: "Frais", frozen: "Surgelé", bread: "Pain" };

const number = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 1 });
/** What a load holds, in words: "120 L de sec, 30 L de frais, 2,5 caisses de pain" (empty compartments left out). */
export function loadWords(load: Record<string, number>): string {
  const words = ["ambient", "chilled", "frozen", "bread"].flatMap((c) => {
    const amount = load[c] ?? 0;
    if (amount <= 0) return [];
    return c === "bread" ? [`${number.format(amount)} caisse${amount > 1 ? "s" : ""} de pain`] : [`${number.format(amount)} L de ${COMPARTMENT_LABELS[c]!.toLowerCase()}`];
  });
  return words.join(", ") || "rien";
}

/** "HH:MM" in the organisation's zone. */
export function clock(instant: Date | null | undefined, timeZone = "Europe/Paris"): string {
  if (!instant) return "—";
  return new Intl.DateTimeFormat("fr-FR", { hour: "2-digit", minute: "2-digit", timeZone }).format(instant);
}

export const frenchDate = (date: Date) => new Intl.DateTimeFormat("fr-FR", { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(date);

/** An amount in euros as printed in France: "14,40 €". */
export const printedEuros = (cents: number): string => new Intl.NumberFormat("fr-FR", { style: "currency", currency: "EUR" }).format(cents / 100);
