/**
 * What an administrator manages: organisations (with their order cutoff and default price
 * policy), people and their roles per organisation, and the audit log of who changed what.
 */
import * as z from "zod/mini";
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

const Text = (max: number) => z.string().check(z.trim(), z.maxLength(max));

export const OrganisationInputSchema = z.strictObject({
  name: Text(120).check(z.minLength(2, "at least 2 characters")),
  kind: z.enum(ORGANISATION_KINDS),
  addressLine: z.optional(z.nullable(Text(200))),
  /** French postcodes: 5 digits. */
  postcode: z.optional(z.nullable(z.string().check(z.trim(), z.regex(/^\d{5}$/, "5 digits")))),
  city: z.optional(z.nullable(Text(100))),
  /** The number residents call to order, printed on the communes' posters; kept as people read it ("05 55 66 77 88"). */
  phone: z.optional(z.nullable(z.pipe(Text(30).check(z.refine((v) => parsePhone(v).ok, "a phone number, e.g. 05 55 66 77 88 (no special-rate 08 number)")), z.transform((v) => { const p = parsePhone(v); return p.ok ? formatPhone(p.e164) : v; })))),
  timeZone: z._default(z.string().check(z.trim(), z.maxLength(64), z.refine(isTimeZone, "unknown time zone, e.g. Europe/Paris")), "Europe/Paris"),
  /** Orders close this many days before the passage (0 = the same day)… */
  cutoffDaysBefore: z.number().check(z.int(), z.gte(0, "0 to 14 days"), z.lte(14, "0 to 14 days")),
  /** …at this time, minutes after local midnight. */
  cutoffMinute: z.number().check(z.int(), z.gte(0, "a time of day"), z.lte(1439, "a time of day")),
  /** Whether households' participation rate applies to what the organisation offers, unless an offer says otherwise. */
  defaultSocialPricing: z.boolean(),
});
export type OrganisationInput = z.input<typeof OrganisationInputSchema>;

export const OrganisationPatchSchema = z.partial(OrganisationInputSchema).check(z.refine((p) => Object.keys(p).length > 0, { message: "send at least one field to change" }));

export const AdminOrganisationSchema = z.object({
  id: IdSchema,
  slug: z.string(),
  name: z.string(),
  kind: z.enum(ORGANISATION_KINDS),
  addressLine: z.nullable(z.string()),
  postcode: z.nullable(z.string()),
  city: z.nullable(z.string()),
  phone: z.nullable(z.string()),
  timeZone: z.string(),
  cutoffDaysBefore: z.number().check(z.int()),
  cutoffMinute: z.number().check(z.int()),
  defaultSocialPricing: z.boolean(),
  createdAt: z.iso.datetime(),
  /** People holding a role in it (residents excluded). */
  members: z.number().check(z.int()),
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
  displayName: Text(120).check(z.minLength(2, "at least 2 characters")),
  email: z.optional(z.nullable(z.pipe(z.email().check(z.maxLength(254)), z.transform((e) => e.toLowerCase())))),
  phone: z.optional(z.nullable(Text(30))),
  access: z.enum(["invitation", "code"]),
  roles: z.array(RoleGrantSchema).check(z.minLength(1, "give at least one role"), z.maxLength(20)),
}).check(z.refine((p) => p.access !== "invitation" || !!p.email, { path: ["email"], message: "an invitation needs an e-mail address" }));
export type PersonInput = z.input<typeof PersonInputSchema>;

export const PeopleQuerySchema = z.strictObject({
  search: z.optional(z.string().check(z.trim(), z.maxLength(100))),
  organisationId: z.optional(IdSchema),
  /** Residents have accounts too, for their household; they are left out unless asked for. */
  residents: z.optional(z.enum(["true", "false"])),
});

export const PersonSchema = z.object({
  id: IdSchema,
  displayName: z.string(),
  email: z.nullable(z.string()),
  phone: z.nullable(z.string()),
  createdAt: z.iso.datetime(),
  disabledAt: z.nullable(z.iso.datetime()),
  lastSignInAt: z.nullable(z.iso.datetime()),
  roles: z.array(z.object({ id: IdSchema, organisationId: IdSchema, organisationName: z.string(), role: z.enum(ROLES) })),
  /** The last invitation, if the account was opened by one. */
  invitation: z.nullable(z.object({ createdAt: z.iso.datetime(), expiresAt: z.iso.datetime(), acceptedAt: z.nullable(z.iso.datetime()) })),
});
export type Person = z.infer<typeof PersonSchema>;

/** A one-time code, shown once: the person signs in with it (or follows the link) and then chooses a password. */
export const OneTimeAccessSchema = z.object({ code: z.string(), expiresAt: z.iso.datetime(), link: z.string() });
export type OneTimeAccess = z.infer<typeof OneTimeAccessSchema>;
export const CreatedPersonSchema = z.object({ person: PersonSchema, access: OneTimeAccessSchema });

export const AuditQuerySchema = z.strictObject({
  organisationId: z.optional(IdSchema),
  actorId: z.optional(IdSchema),
  from: z.optional(LocalDateSchema),
  to: z.optional(LocalDateSchema),
  /** Entries older than this entry id (the next page). */
  before: z.optional(z.string().check(z.regex(/^\d{1,19}$/, "an entry id"))),
});

/** The thing an audit entry changed, by its name (and the date, for a passage, an order or a round). */
export const AuditSubjectSchema = z.object({ name: z.string(), date: z.nullable(LocalDateSchema) });
export type AuditSubject = z.infer<typeof AuditSubjectSchema>;

export const AuditEntrySchema = z.object({
  id: z.string(),
  at: z.iso.datetime(),
  actor: z.nullable(z.object({ id: IdSchema, displayName: z.string() })),
  organisation: z.nullable(z.object({ id: IdSchema, name: z.string() })),
  action: z.string(),
  entity: z.string(),
  entityId: z.string(),
  /** Null when the thing is gone or has no name a person would know it by. */
  subject: z.nullable(AuditSubjectSchema),
  changes: z.nullable(z.unknown()),
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;
export const AuditPageSchema = z.object({ entries: z.array(AuditEntrySchema), next: z.nullable(z.string()) });
export type AuditPage = z.infer<typeof AuditPageSchema>;
