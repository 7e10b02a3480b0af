/**
 * What an administrator manages: organisations (with their order cutoff and default price
 * policy), people and their roles per organisation, and the audit log of who changed what.
 */
import { z } from "zod";
import { IdSchema, LocalDateSchema } from "./common.js";
import { formatPhone, parsePhone } from "./contact.js";
import { ORGANISATION_KINDS, ROLES } from "./vocabulary.js";

/** A time zone the platform knows (IANA name, e.g. "Europe/Paris"). */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: name });
    return name.includes("/") || name === "UTC";
  } catch {
    return false;
  }
}

const Text = (max: number) => z.string().trim().max(max);

export const OrganisationInputSchema = z.strictObject({
  name: Text(120).min(2, "at least 2 characters"),
  kind: z.enum(ORGANISATION_KINDS),
  addressLine: Text(200).nullable().optional(),
  /** French postcodes: 5 digits. */
  postcode: z.string().trim().regex(/^\d{5}$/, "5 digits").nullable().optional(),
  city: Text(100).nullable().optional(),
  /** The number residents call to order, printed on the communes' posters; kept as people read it ("05 55 66 77 88"). */
  phone: Text(30)
    .refine((v) => parsePhone(v).ok, "a phone number, e.g. 05 55 66 77 88 (no special-rate 08 number)")
    .transform((v) => { const p = parsePhone(v); return p.ok ? formatPhone(p.e164) : v; })
    .nullable().optional(),
  timeZone: z.string().trim().max(64).refine(isTimeZone, "unknown time zone, e.g. Europe/Paris").default("Europe/Paris"),
  /** Orders close this many days before the passage (0 = the same day)… */
  cutoffDaysBefore: z.number().int().min(0, "0 to 14 days").max(14, "0 to 14 days"),
  /** …at this time, minutes after local midnight. */
  cutoffMinute: z.number().int().min(0, "a time of day").max(1439, "a time of day"),
  /** Whether households' participation rate applies to what the organisation offers, unless an offer says otherwise. */
  defaultSocialPricing: z.boolean(),
});
export type OrganisationInput = z.input<typeof OrganisationInputSchema>;

export const OrganisationPatchSchema = OrganisationInputSchema.partial().refine((p) => Object.keys(p).length > 0, { message: "send at least one field to change" });

export const AdminOrganisationSchema = z.object({
  id: IdSchema,
  slug: z.string(),
  name: z.string(),
  kind: z.enum(ORGANISATION_KINDS),
  addressLine: z.string().nullable(),
  postcode: z.string().nullable(),
  city: z.string().nullable(),
  phone: z.string().nullable(),
  timeZone: z.string(),
  cutoffDaysBefore: z.number().int(),
  cutoffMinute: z.number().int(),
  defaultSocialPricing: z.boolean(),
  createdAt: z.iso.datetime(),
  /** People holding a role in it (residents excluded). */
  members: z.number().int(),
});
export type AdminOrganisation = z.infer<typeof AdminOrganisationSchema>;

/** A role given to someone in an organisation. */
export const RoleGrantSchema = z.strictObject({ organisationId: IdSchema, role: z.enum(ROLES) });
export type RoleGrant = z.infer<typeof RoleGrantSchema>;

/**
 * Opening an account: by invitation (an e-mail address is required; the invitation is recorded
 * and its one-time code shown once, to hand over until the platform sends e-mails) or with a
 * one-time code only (people without e-mail).
 */
export const PersonInputSchema = z.strictObject({
  displayName: Text(120).min(2, "at least 2 characters"),
  email: z.email().max(254).transform((e) => e.toLowerCase()).nullable().optional(),
  phone: Text(30).nullable().optional(),
  access: z.enum(["invitation", "code"]),
  roles: z.array(RoleGrantSchema).min(1, "give at least one role").max(20),
}).refine((p) => p.access !== "invitation" || !!p.email, { path: ["email"], message: "an invitation needs an e-mail address" });
export type PersonInput = z.input<typeof PersonInputSchema>;

export const PeopleQuerySchema = z.strictObject({
  search: z.string().trim().max(100).optional(),
  organisationId: IdSchema.optional(),
  /** Residents have accounts too, for their household; they are left out unless asked for. */
  residents: z.enum(["true", "false"]).optional(),
});

export const PersonSchema = z.object({
  id: IdSchema,
  displayName: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  createdAt: z.iso.datetime(),
  disabledAt: z.iso.datetime().nullable(),
  lastSignInAt: z.iso.datetime().nullable(),
  roles: z.array(z.object({ id: IdSchema, organisationId: IdSchema, organisationName: z.string(), role: z.enum(ROLES) })),
  /** The last invitation, if the account was opened by one. */
  invitation: z.object({ createdAt: z.iso.datetime(), expiresAt: z.iso.datetime(), acceptedAt: z.iso.datetime().nullable() }).nullable(),
});
export type Person = z.infer<typeof PersonSchema>;

/** A one-time code, shown once: the person signs in with it (or follows the link) and then chooses a password. */
export const OneTimeAccessSchema = z.object({ code: z.string(), expiresAt: z.iso.datetime(), link: z.string() });
export type OneTimeAccess = z.infer<typeof OneTimeAccessSchema>;
export const CreatedPersonSchema = z.object({ person: PersonSchema, access: OneTimeAccessSchema });

export const AuditQuerySchema = z.strictObject({
  organisationId: IdSchema.optional(),
  actorId: IdSchema.optional(),
  from: LocalDateSchema.optional(),
  to: LocalDateSchema.optional(),
  /** Entries older than this entry id (the next page). */
  before: z.string().regex(/^\d{1,19}$/, "an entry id").optional(),
});

/** The thing an audit entry changed, by its name (and the date, for a passage, an order or a round). */
export const AuditSubjectSchema = z.object({ name: z.string(), date: LocalDateSchema.nullable() });
export type AuditSubject = z.infer<typeof AuditSubjectSchema>;

export const AuditEntrySchema = z.object({
  id: z.string(),
  at: z.iso.datetime(),
  actor: z.object({ id: IdSchema, displayName: z.string() }).nullable(),
  organisation: z.object({ id: IdSchema, name: z.string() }).nullable(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string(),
  /** Null when the thing is gone or has no name a person would know it by. */
  subject: AuditSubjectSchema.nullable(),
  changes: z.unknown().nullable(),
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;
export const AuditPageSchema = z.object({ entries: z.array(AuditEntrySchema), next: z.string().nullable() });
export type AuditPage = z.infer<typeof AuditPageSchema>;
