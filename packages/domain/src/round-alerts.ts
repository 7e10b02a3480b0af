import { z } from "zod";
import { LocalDateSchema } from "./common.js";

/** The written rules the server applies when a driver's offline change meets a change made meanwhile. */
export const CONFLICT_RULES = ["delivered_after_cancel", "passage_moved", "competing_outcomes", "after_close", "payment_without_handover", "overpayment", "server_error"] as const;
export type ConflictRuleName = (typeof CONFLICT_RULES)[number];

export const ALERT_STATUSES = ["open", "acknowledged", "closed"] as const;

/** What a coordinator writes: trimmed, 1 to 500 characters. */
const ShortText = z.string().trim().min(1).max(500);

export const RoundAlertsQuerySchema = z.strictObject({
  /** First and last day of the rounds concerned, inclusive (both optional). */
  from: LocalDateSchema.optional(),
  to: LocalDateSchema.optional(),
  /** `open` (default): still to handle; `settled`: acknowledged or resolved; `all`. */
  status: z.enum(["open", "settled", "all"]).default("open"),
}).refine((q) => !q.from || !q.to || q.from <= q.to, { path: ["to"], message: "`to` must be on or after `from`" });
export type RoundAlertsQuery = z.infer<typeof RoundAlertsQuerySchema>;

const PersonRefSchema = z.object({ id: z.uuid(), displayName: z.string() }).nullable();
const HouseholdRefSchema = z.object({ id: z.uuid(), name: z.string() });

/** A driver's concern about a person. Seen by the coordinators of the organisation only. */
export const WellbeingAlertViewSchema = z.object({
  id: z.uuid(),
  organisationId: z.uuid(),
  /** The day of the round it was raised on. */
  date: LocalDateSchema,
  tourId: z.uuid().nullable(),
  passageId: z.uuid().nullable(),
  stopName: z.string().nullable(),
  household: HouseholdRefSchema,
  reason: z.string(),
  note: z.string().nullable(),
  status: z.enum(ALERT_STATUSES),
  raisedBy: PersonRefSchema,
  /** When the driver flagged it (device time) and when the server received it. */
  raisedAt: z.iso.datetime(),
  receivedAt: z.iso.datetime(),
  acknowledgedAt: z.iso.datetime().nullable(),
  acknowledgedBy: PersonRefSchema,
  followUp: z.string().nullable(),
});
export type WellbeingAlertView = z.infer<typeof WellbeingAlertViewSchema>;

/** A conflict the server settled by a written rule, for a coordinator to check and resolve. */
export const SyncConflictViewSchema = z.object({
  id: z.uuid(),
  organisationId: z.uuid(),
  date: LocalDateSchema,
  tourId: z.uuid().nullable(),
  passageId: z.uuid().nullable(),
  orderId: z.uuid().nullable(),
  stopName: z.string().nullable(),
  household: HouseholdRefSchema.nullable(),
  rule: z.enum(CONFLICT_RULES),
  detail: z.string(),
  /** `overpayment`: the part of the payment held out of the cash the driver hands in; otherwise null. */
  heldCents: z.number().int().nullable(),
  createdAt: z.iso.datetime(),
  resolvedAt: z.iso.datetime().nullable(),
  resolvedBy: PersonRefSchema,
  resolution: z.string().nullable(),
});
export type SyncConflictView = z.infer<typeof SyncConflictViewSchema>;

/** A day whose rounds were published before some of its deliveries came: how many no round carries yet, and whether its rounds have left. */
export const LateDeliveriesDaySchema = z.object({ date: LocalDateSchema, count: z.number().int().min(1), started: z.boolean() });
export type LateDeliveriesDay = z.infer<typeof LateDeliveriesDaySchema>;

export const RoundAlertsSchema = z.object({
  wellbeingAlerts: z.array(WellbeingAlertViewSchema),
  conflicts: z.array(SyncConflictViewSchema),
  /** Coming days with deliveries added after their rounds were published (only on the carrier's side: a partner has no rounds). */
  addedAfterPublication: z.array(LateDeliveriesDaySchema),
});
export type RoundAlerts = z.infer<typeof RoundAlertsSchema>;

export const ResolveConflictInputSchema = z.strictObject({ resolution: ShortText });
export const AcknowledgeAlertInputSchema = z.strictObject({ followUp: ShortText.optional() });

/** A note from the coordinator to the driver of a passage's round; the phone gets it as `note.from_coordinator`. */
export const PassageNoteInputSchema = z.strictObject({ text: ShortText });
export const PassageNoteSchema = z.object({ id: z.uuid(), passageId: z.uuid(), text: z.string(), at: z.iso.datetime() });
export type PassageNote = z.infer<typeof PassageNoteSchema>;
