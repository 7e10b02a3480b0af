/**
 * Weekly windows (opening hours, home-drop availability) as a person types them in a spreadsheet
 * cell or a field: "lun 09:00-12:00; mer 14:00-16:30", a day range "lun-ven 9h-12h", or ISO
 * weekday numbers "1 09:00-12:00". French and English day names are read; windows are written
 * back with French abbreviations.
 */
export interface WeeklyWindow { weekday: number; from: number; to: number }

const DAYS: Record<string, number> = {
  lun: 1, lundi: 1, mon: 1, monday: 1, mar: 2, mardi: 2, tue: 2, tuesday: 2, mer: 3, mercredi: 3, wed: 3, wednesday: 3,
  jeu: 4, jeudi: 4, thu: 4, thursday: 4, ven: 5, vendredi: 5, fri: 5, friday: 5, sam: 6, samedi: 6, sat: 6, saturday: 6,
  dim: 7, dimanche: 7, sun: 7, sunday: 7,
};
const SHORT = ["", "lun", "mar", "mer", "jeu", "ven", "sam", "dim"];

function day(text: string): number | undefined {
  const t = text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/\.$/, "");
  return /^[1-7]$/.test(t) ? Number(t) : DAYS[t];
}

function minute(text: string): number | undefined {
  const m = /^(\d{1,2})(?:[:h](\d{2})?)?$/.exec(text.trim().toLowerCase());
  if (!m) return undefined;
  const value = Number(m[1]) * 60 + Number(m[2] ?? 0);
  return Number(m[1]) <= 24 && Number(m[2] ?? 0) < 60 && value <= 1440 ? value : undefined;
}

/** The windows of a cell, or null when a part cannot be read. */
export function parseWeeklyWindows(cell: string): WeeklyWindow[] | null {
  const windows: WeeklyWindow[] = [];
  for (const part of cell.split(/[;\n]/).map((p) => p.trim()).filter(Boolean)) {
    const m = /^(\S+?)(?:\s*-\s*(\S+?))?\s+(\S+)\s*-\s*(\S+)$/.exec(part);
    if (!m) return null;
    const first = day(m[1]!);
    const last = m[2] === undefined ? first : day(m[2]);
    const from = minute(m[3]!);
    const to = minute(m[4]!);
    if (first === undefined || last === undefined || from === undefined || to === undefined || last < first) return null;
    for (let d = first; d <= last; d++) windows.push({ weekday: d, from, to });
  }
  return windows;
}

const clock = (m: number) => `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;

export function formatWeeklyWindows(windows: readonly WeeklyWindow[]): string {
  return windows.map((w) => `${SHORT[w.weekday] ?? w.weekday} ${clock(w.from)}-${clock(w.to)}`).join("; ");
}
