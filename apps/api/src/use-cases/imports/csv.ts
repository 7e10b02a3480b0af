/**
 * CSV as spreadsheets write it: RFC 4180 quoting (quotes doubled inside quoted fields, line
 * breaks allowed there), `;` (French spreadsheets) or `,` separators, CRLF or LF, UTF-8 with or
 * without a byte-order mark. The separator is the one of `;` and `,` found more often in the
 * header line outside quotes.
 *
 * Cells a spreadsheet would run as a formula — starting with =, +, -, @, a tab or a carriage
 * return (OWASP "CSV injection") — are written with a leading apostrophe, which spreadsheets show
 * as text; reading takes that apostrophe away again, so an export imports back unchanged. Plain
 * numbers ("-1,87") are left as they are: they cannot be formulas.
 */
export interface CsvTable {
  header: string[];
  /** Data rows with the line (1-based, header = 1) each starts on. */
  rows: { line: number; cells: string[] }[];
  separator: ";" | ",";
}

export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    readonly code: "csv_unclosed_quote" | "csv_text_after_quote",
    message: string,
    /** What follows the closing quote, for `csv_text_after_quote`. */
    readonly found?: string,
  ) {
    super(message);
    this.name = "CsvSyntaxError";
  }
}

export function detectSeparator(text: string): ";" | "," {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === "\n" || ch === "\r")) break;
    else if (!quoted && ch === ";") semicolons++;
    else if (!quoted && ch === ",") commas++;
  }
  return semicolons >= commas && semicolons > 0 ? ";" : commas > 0 ? "," : ";";
}

export function parseCsv(input: string): CsvTable {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const separator = detectSeparator(text);
  const records: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = "";
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  let fieldStart = true;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') {
        quoted = false;
        const next = text[i + 1];
        if (next !== undefined && next !== separator && next !== "\n" && next !== "\r") {
          throw new CsvSyntaxError(line, "csv_text_after_quote", `a closing quote must end the field (found ${JSON.stringify(next)} after it)`, next);
        }
      } else {
        if (ch === "\n") line++;
        cell += ch;
      }
      continue;
    }
    if (ch === '"' && fieldStart) {
      quoted = true;
      fieldStart = false;
    } else if (ch === separator) {
      cells.push(cell);
      cell = "";
      fieldStart = true;
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      cells.push(cell);
      records.push({ line: recordLine, cells });
      cells = [];
      cell = "";
      fieldStart = true;
      line++;
      recordLine = line;
    } else {
      cell += ch;
      fieldStart = false;
    }
  }
  if (quoted) throw new CsvSyntaxError(recordLine, "csv_unclosed_quote", "a quoted field is never closed: add the missing quote");
  if (cell !== "" || cells.length) {
    cells.push(cell);
    records.push({ line: recordLine, cells });
  }
  const nonEmpty = records.map((r) => ({ ...r, cells: r.cells.map(unneutralised) })).filter((r) => r.cells.some((c) => c.trim() !== ""));
  const [head, ...rows] = nonEmpty;
  return { header: (head?.cells ?? []).map((h) => h.trim()), rows, separator };
}

const FORMULA_START = /^'*[=+\-@\t\r]/;
const PLAIN_NUMBER = /^-?\d+([.,]\d+)?$/;

/** Whether a spreadsheet would take this text (after any apostrophes) as a formula. */
function formulaLike(text: string): boolean {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text.replace(/^'+/, ""));
}

/** The cell as written: formula-like text gets one more leading apostrophe. */
export function neutralised(value: string): string {
  return formulaLike(value) ? `'${value}` : value;
}

/** The cell as read: the apostrophe `neutralised` added is taken away. */
export function unneutralised(cell: string): string {
  return cell.startsWith("'") && formulaLike(cell.slice(1)) ? cell.slice(1) : cell;
}

/** One field as RFC 4180 wants it: quoted when it holds the separator, a quote or a line break. */
export function csvField(value: string, separator: string): string {
  return value.includes(separator) || /["\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A whole file with a BOM (so spreadsheets read UTF-8) and CRLF line ends. */
export function writeCsv(header: readonly string[], rows: readonly (readonly string[])[], separator = ";"): string {
  const lines = [header, ...rows].map((r) => r.map((v) => csvField(neutralised(v), separator)).join(separator));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
