/** What the vehicle form sends, read from what was typed, and the server's refusals mapped back to its fields. */
import { COMPARTMENTS, type Compartment } from "@tournee/domain";
import { fieldErrorsOf } from "./catalogue-save";

/** "07:30" → 450; NaN when nothing usable was typed, so the server names the field. */
const minutes = (hhmm: string) => {
  const match = /^(\d{1,2}):(\d{2})$/.exec(hhmm.trim());
  return match ? Number(match[1]) * 60 + Number(match[2]) : Number.NaN;
};

/** What the form sends: capacities typed as numbers (NaN when not one), empty ones left out. */
export function vehicleFrom(data: FormData) {
  const text = (name: string) => String(data.get(name) ?? "").trim();
  const compartments = COMPARTMENTS.flatMap((compartment) => {
    const typed = text(compartment);
    return typed === "" || typed === "0" ? [] : [{ compartment, capacity: /^\d+$/.test(typed) ? Number(typed) : Number.NaN }];
  });
  return { name: text("name"), plate: text("plate"), homeSiteId: text("homeSiteId"), workStartMinute: minutes(text("start")), workEndMinute: minutes(text("end")), compartments };
}

/** The server names a refused capacity by its place in what was sent ("compartments.1.capacity"); the form by compartment. */
export function compartmentErrors(error: unknown, sent: Compartment[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, message] of Object.entries(fieldErrorsOf(error))) {
    const match = /^compartments\.(\d+)/.exec(path);
    out[(match && sent[Number(match[1])]) || path] ??= message;
  }
  return out;
}
