/**
 * French phone numbers as people write them ("06 12 34 56 78", "06.12.34.56.78", "+33 6 12…",
 * "+33 (0)6…", "0033 6…"), stored in E.164 ("+33612345678"). Mobiles (06, 07) can receive SMS;
 * landlines (01–05, 09) can receive a spoken call. Special-rate numbers (08) are refused.
 * Other countries' numbers are accepted when written in international form.
 */
export type PhoneKind = "mobile" | "landline";

export type PhoneCheck =
  | { ok: true; e164: string; kind: PhoneKind | "foreign" }
  | { ok: false; error: "phone_invalid" | "phone_special_rate" };

export function parsePhone(input: string): PhoneCheck {
  const compact = input.trim().replace(/\(0\)/g, "").replace(/[\s.\-/()]/g, "");
  let national: string | undefined;
  if (/^\+33\d{9}$/.test(compact)) national = `0${compact.slice(3)}`;
  else if (/^0033\d{9}$/.test(compact)) national = `0${compact.slice(4)}`;
  else if (/^0\d{9}$/.test(compact)) national = compact;
  else if (/^(\+|00)\d{8,15}$/.test(compact) && !/^(\+|00)33/.test(compact)) return { ok: true, e164: compact.replace(/^00/, "+"), kind: "foreign" };
  if (!national) return { ok: false, error: "phone_invalid" };
  const lead = national[1];
  if (lead === "8") return { ok: false, error: "phone_special_rate" };
  if (lead === "0") return { ok: false, error: "phone_invalid" };
  return { ok: true, e164: `+33${national.slice(1)}`, kind: lead === "6" || lead === "7" ? "mobile" : "landline" };
}

/** "+33612345678" → "06 12 34 56 78" (French numbers); other numbers unchanged. */
export function formatPhone(e164: string): string {
  if (!/^\+33\d{9}$/.test(e164)) return e164;
  return `0${e164.slice(3)}`.replace(/(\d{2})(?=\d)/g, "$1 ");
}

/** An e-mail address a person can type, checked the way mail servers will read it; lower-cased. */
export function parseEmail(input: string): { ok: true; email: string } | { ok: false; error: "email_invalid" } {
  const email = input.trim().toLowerCase();
  const ok = email.length <= 254 && /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/.test(email) && !email.includes("..");
  return ok ? { ok: true, email } : { ok: false, error: "email_invalid" };
}
