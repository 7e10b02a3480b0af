/**
 * An audit entry in words: "Sophie Aumaître a passé la commande du foyer « Mme Brunet » pour le
 * lundi 7 décembre", and what changed as "label: value" lines. Anything not known by name still
 * reads: a generic verb, the field's words from its name, values formatted by their kind.
 */
import type { AuditEntry, Locale } from "@tournee/domain";
import type { TFunction } from "../i18n/translator";
import { formatEuros, minuteText } from "../coordinator/money";
import { dayLabel } from "../coordinator/week-dates";
import { formatDateTime } from "../format/date-time";
import { formatCount } from "../format/units";
import { daysText } from "../partner/pooled-round-words";

type Exists = (key: string) => boolean;
export interface ChangeLine { label: string; value: string }

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

function what(t: TFunction, exists: Exists, entry: Pick<AuditEntry, "action" | "entity" | "subject">, locale: Locale): string {
  const { entity, subject } = entry;
  if (entry.action === "import") return exists(`admin.audit.many.${entity}`) ? t(`admin.audit.many.${entity}`) : t("admin.audit.many.other");
  if (subject) {
    const date = subject.date ? dayLabel(subject.date, locale) : "";
    if (exists(`admin.audit.the.${entity}`)) return t(`admin.audit.the.${entity}`, { name: subject.name, date });
    return t("admin.audit.the.other", { name: subject.name });
  }
  return exists(`admin.audit.a.${entity}`) ? t(`admin.audit.a.${entity}`) : t("admin.audit.a.other");
}

/** "Sophie Aumaître a créé le foyer « Mme Brunet »." */
export function auditSentence(t: TFunction, exists: Exists, entry: Pick<AuditEntry, "actor" | "action" | "entity" | "subject">, locale: Locale): string {
  const object = what(t, exists, entry, locale);
  const did = exists(`admin.audit.did.${entry.action}`) ? t(`admin.audit.did.${entry.action}`, { what: object }) : t("admin.audit.did.other", { what: object });
  const sentence = t("admin.audit.sentence", { who: entry.actor?.displayName ?? t("admin.audit.system"), did });
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

/** "referencePriceCents" → "reference price" when no word is known for a field. */
const spaced = (key: string) => key.replace(/Cents$/, "").replace(/([a-z])([A-Z])/g, "$1 $2").replace(/[_-]+/g, " ").toLowerCase();

function value(t: TFunction, exists: Exists, key: string, v: unknown, locale: Locale, entity = ""): string {
  if (v === null || v === undefined || v === "") return t("admin.audit.values.none");
  if (typeof v === "boolean") return t(v ? "admin.audit.values.yes" : "admin.audit.values.no");
  if (/^weekdays?$/.test(key) && (typeof v === "number" || (Array.isArray(v) && v.every((d) => typeof d === "number")))) return daysText(typeof v === "number" ? [v] : v, locale);
  if (key === "costKey" && typeof v === "string" && exists(`pooled.costKey.${v}`)) return t(`pooled.costKey.${v}`);
  if (typeof v === "number") {
    if (key.endsWith("Cents")) return formatEuros(v, locale);
    // The exchanges between partners count in the network's own unit, not in euros.
    if (entity.startsWith("Credit") && /^(amount|creditLimit|ceiling)$/.test(key)) return t("admin.audit.values.exchangeUnits", { count: v, amount: formatCount(v, locale) });
    if (key.endsWith("Minute")) return minuteText(v);
    return formatCount(v, locale);
  }
  if (typeof v === "string") {
    if (DAY.test(v)) return dayLabel(v, locale);
    if (INSTANT.test(v) && !Number.isNaN(Date.parse(v))) return formatDateTime(new Date(v), locale);
    if (exists(`admin.audit.values.${v}`)) return t(`admin.audit.values.${v}`);
    if (/role/i.test(key) && exists(`admin.roles.${v}`)) return t(`admin.roles.${v}`);
    return v;
  }
  if (Array.isArray(v)) {
    if (v.every((x) => typeof x !== "object" || x === null)) return v.length ? v.map((x) => value(t, exists, key, x, locale, entity)).join(", ") : t("admin.audit.values.none");
    return t("admin.audit.values.items", { count: v.length });
  }
  if (typeof v === "object") {
    const o = v as Record<string, unknown>;
    if ("from" in o && "to" in o) return t("admin.audit.values.fromTo", { from: value(t, exists, key, o.from, locale, entity), to: value(t, exists, key, o.to, locale, entity) });
    return changeLines(t, exists, o, locale, entity).map((l) => t("admin.audit.values.pair", { label: l.label, value: l.value })).join(" ; ") || t("admin.audit.values.none");
  }
  return String(v);
}

/** What changed to a thing of kind `entity`, a line per field; ids, which tell a person nothing, are left out. */
export function changeLines(t: TFunction, exists: Exists, changes: unknown, locale: Locale, entity = ""): ChangeLine[] {
  if (changes === null || typeof changes !== "object" || Array.isArray(changes)) return changes == null ? [] : [{ label: t("admin.audit.details"), value: value(t, exists, "", changes, locale, entity) }];
  return Object.entries(changes as Record<string, unknown>)
    .filter(([key, v]) => !/Ids?$/.test(key) && !(typeof v === "string" && UUID.test(v)))
    .map(([key, v]) => ({ label: exists(`admin.audit.fields.${key}`) ? t(`admin.audit.fields.${key}`) : spaced(key), value: value(t, exists, key, v, locale, entity) }));
}
