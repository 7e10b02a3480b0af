import * as z from "zod/mini";
import { LOCALES, ORGANISATION_KINDS, ROLES } from "./vocabulary.js";

export const LoginRequestSchema = z.strictObject({
  email: z.email().check(z.maxLength(254)),
  password: z.string().check(z.minLength(1), z.maxLength(200)),
});
export type LoginRequest = z.infer<typeof LoginRequestSchema>;

/** One-time codes are 8 digits; spaces and dashes typed by the person are ignored. */
export const CodeLoginRequestSchema = z.strictObject({
  code: z.pipe(z.pipe(z.string().check(z.maxLength(20)), z.transform((s) => s.replace(/[\s-]/g, ""))), z.string().check(z.regex(/^\d{8}$/, "the code has 8 digits"))),
});
export type CodeLoginRequest = z.input<typeof CodeLoginRequestSchema>;

export const MembershipSchema = z.object({
  organisationId: z.uuid(),
  organisationName: z.string(),
  organisationKind: z.enum(ORGANISATION_KINDS),
  role: z.enum(ROLES),
});
export type Membership = z.infer<typeof MembershipSchema>;

/** Households a person may act for: their own, or those that delegated to them (relay). */
export const ActingHouseholdSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  relation: z.enum(["own", "delegated"]),
});

/** The organisation a coordinator's or admin's console shows; they switch it with PUT /api/auth/me/organisation. */
export const ActiveOrganisationSchema = z.object({ id: z.uuid(), name: z.string(), kind: z.enum(ORGANISATION_KINDS) });
export type ActiveOrganisation = z.infer<typeof ActiveOrganisationSchema>;

export const SessionUserSchema = z.object({
  id: z.uuid(),
  displayName: z.string(),
  email: z.nullable(z.string()),
  locale: z.enum(LOCALES),
  memberships: z.array(MembershipSchema),
  households: z.array(ActingHouseholdSchema),
  /** Null for people without a console (drivers, residents, referrers, relays). */
  activeOrganisation: z._default(z.nullable(ActiveOrganisationSchema), null),
});
export type SessionUser = z.infer<typeof SessionUserSchema>;

/** Answer of login and of GET /api/auth/me; the token goes in `X-CSRF-Token` on every unsafe request. */
export const SessionSchema = z.object({ user: SessionUserSchema, csrfToken: z.string() });
export type Session = z.infer<typeof SessionSchema>;

/** Choosing one's password; the current one is asked when there is one. */
export const SetPasswordRequestSchema = z.strictObject({
  currentPassword: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
  newPassword: z.string().check(z.minLength(10, "at least 10 characters"), z.maxLength(200)),
});
export type SetPasswordRequest = z.infer<typeof SetPasswordRequestSchema>;

export const SwitchOrganisationSchema = z.strictObject({ organisationId: z.uuid() });

export const IssueLoginCodeResponseSchema = z.object({ code: z.string(), expiresAt: z.iso.datetime() });
