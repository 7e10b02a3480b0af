import { addDays } from "../coordinator/week-dates";

/**
 * Reading the eligibility a referrer proposes from a form: the rate as typed, the cap in euros
 * (empty for none), the period; what cannot be read goes to the server as is, which names the field.
 */
export interface Proposal {
  participationRatePercent: number;
  monthlyCapCents: number | null;
  validFrom: string;
  validTo: string;
  note?: string;
}

export function proposalFrom(form: FormData): Proposal {
  const text = (name: string) => String(form.get(name) ?? "").trim();
  const cap = text("cap").replace(",", ".");
  const note = text("note");
  return {
    participationRatePercent: Number(text("rate")),
    monthlyCapCents: cap ? Math.round(Number(cap) * 100) : null,
    validFrom: text("from"),
    validTo: text("to"),
    ...(note ? { note } : {}),
  };
}

/**
 * The next period a renewal proposes: from the day after the current end (or today, once over),
 * for six months: the same day six months on (the month's last day if it has none), minus one.
 */
export function nextPeriod(validTo: string | null, today: string): { from: string; to: string } {
  const from = validTo && validTo >= today ? addDays(validTo, 1) : today;
  const [y, m, d] = from.split("-").map(Number) as [number, number, number];
  const lastDay = new Date(Date.UTC(y, m - 1 + 6 + 1, 0)).getUTCDate();
  const sameDay = new Date(Date.UTC(y, m - 1 + 6, Math.min(d, lastDay), 12));
  return { from, to: addDays(sameDay.toISOString().slice(0, 10), -1) };
}
