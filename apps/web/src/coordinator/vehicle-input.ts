/** What the vehicle form sends, read from what was typed, and the server's refusals mapped back to its fields. */
import { COMPARTMENTS, type Compartment } from "@tournee/domain";
import { fieldErrorsOf } from "./catalogue-save";
import { centsFromEuros } from "./catalogue-input";

/** "07:30" → 450; NaN when nothing usable was typed, so the server names the field. */
const minutes = (hhmm: string) => {
  const match = /^(\d{1,2}):(\d{2})$/.exec(hhmm.trim());
  return match ? Number(match[1]) * 60 + Number(match[2]) : Number.NaN;
};

/** A whole number typed; -1 when something else was typed, which the server refuses naming the field (NaN would travel as null, a valid "not set"). */
const whole = (typed: string) => (/^\d+$/.test(typed) ? Number(typed) : -1);

/**
 * What the form sends: capacities typed as numbers (NaN when not one), empty ones left out;
 * reloading only when ticked (its minutes and most trips), the allowance (€/km typed, in cents) only for a volunteer's car.
 */
export function vehicleFrom(data: FormData) {
  const text = (name: string) => String(data.get(name) ?? "").trim();
  const reloads = data.get("reloads") === "on";
  const ownerId = text("ownerId") || null;
  const compartments = COMPARTMENTS.flatMap((compartment) => {
    const typed = text(compartment);
    return typed === "" || typed === "0" ? [] : [{ compartment, capacity: /^\d+$/.test(typed) ? Number(typed) : Number.NaN }];
  });
  return {
    name: text("name"), plate: text("plate"), homeSiteId: text("homeSiteId"), workStartMinute: minutes(text("start")), workEndMinute: minutes(text("end")), compartments,
    reloadMinutes: reloads ? whole(text("reloadMinutes")) : null,
    maxTrips: reloads && text("maxTrips") ? whole(text("maxTrips")) : null,
    ownerId,
    mileageAllowanceCents: text("allowance") ? (centsFromEuros(text("allowance")) ?? -1) : null,
  };
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
