import * as z from "zod/mini";
import { LocalDateSchema } from "./common.js";

/** The written rules the server applies when a driver's offline change meets a change made meanwhile. */
export const CONFLICT_RULES = ["delivered_after_cancel", "passage_moved", "competing_outcomes", "after_close", "payment_without_handover", "overpayment", "server_error", "round_handed_over"] as const;
export type ConflictRuleName = (typeof CONFLICT_RULES)[number];

export const ALERT_STATUSES = ["open", "acknowledged", "closed"] as const;

/** What a coordinator writes: trimmed, 1 to 500 characters. */
const ShortText = z.string().check(z.trim(), z.minLength(1), z.maxLength(500));

export const RoundAlertsQuerySchema = z.strictObject({
  /** First and last day of the rounds concerned, inclusive (both optional). */
  from: z.optional(LocalDateSchema),
  to: z.optional(LocalDateSchema),
  /** `open` (default): still to handle; `settled`: acknowledged or resolved; `all`. */
  status: z._default(z.enum(["open", "settled", "all"]), "open"),
}).check(z.refine((q) => !q.from || !q.to || q.from <= q.to, { path: ["to"], message: "`to` must be on or after `from`" }));
export type RoundAlertsQuery = z.infer<typeof RoundAlertsQuerySchema>;

const PersonRefSchema = z.nullable(z.object({ id: z.uuid(), displayName: z.string() }));
const HouseholdRefSchema = z.object({ id: z.uuid(), name: z.string() });

/** A driver's concern about a person. Seen by the coordinators of the organisation only. */
export const WellbeingAlertViewSchema = z.object({
  id: z.uuid(),
  organisationId: z.uuid(),
  /** The day of the round it was raised on. */
  date: LocalDateSchema,
  tourId: z.nullable(z.uuid()),
  passageId: z.nullable(z.uuid()),
  stopName: z.nullable(z.string()),
  household: HouseholdRefSchema,
  reason: z.string(),
  note: z.nullable(z.string()),
  status: z.enum(ALERT_STATUSES),
  raisedBy: PersonRefSchema,
  /** When the driver flagged it (device time) and when the server received it. */
  raisedAt: z.iso.datetime(),
  receivedAt: z.iso.datetime(),
  acknowledgedAt: z.nullable(z.iso.datetime()),
  acknowledgedBy: PersonRefSchema,
  followUp: z.nullable(z.string()),
});
export type WellbeingAlertView = z.infer<typeof WellbeingAlertViewSchema>;

/** A conflict the server settled by a written rule, for a coordinator to check and resolve. */
export const SyncConflictViewSchema = z.object({
  id: z.uuid(),
  organisationId: z.uuid(),
  date: LocalDateSchema,
  tourId: z.nullable(z.uuid()),
  passageId: z.nullable(z.uuid()),
  orderId: z.nullable(z.uuid()),
  stopName: z.nullable(z.string()),
  household: z.nullable(HouseholdRefSchema),
  rule: z.enum(CONFLICT_RULES),
  detail: z.string(),
  /** `overpayment`: the part of the payment held out of the cash the driver hands in; otherwise null. */
  heldCents: z.nullable(z.number().check(z.int())),
  /**
   * The driver's change the rule settled: its kind (`passage.arrived`, `payment.taken`…), who
   * recorded it and when on their phone, the amount of a payment and the text of a note.
   */
  change: z.nullable(z.object({
    kind: z.string(),
    by: PersonRefSchema,
    at: z.iso.datetime(),
    amountCents: z.nullable(z.number().check(z.int())),
    text: z.nullable(z.string()),
  })),
  createdAt: z.iso.datetime(),
  resolvedAt: z.nullable(z.iso.datetime()),
  resolvedBy: PersonRefSchema,
  resolution: z.nullable(z.string()),
});
export type SyncConflictView = z.infer<typeof SyncConflictViewSchema>;

/** A day whose rounds were published before some of its deliveries came: how many no round carries yet, and whether its rounds have left. */
export const LateDeliveriesDaySchema = z.object({ date: LocalDateSchema, count: z.number().check(z.int(), z.gte(1)), started: z.boolean() });
export type LateDeliveriesDay = z.infer<typeof LateDeliveriesDaySchema>;

export const RoundAlertsSchema = z.object({
  wellbeingAlerts: z.array(WellbeingAlertViewSchema),
  conflicts: z.array(SyncConflictViewSchema),
  /** Coming days with deliveries added after their rounds were published (only on the carrier's side: a partner has no rounds). */
  addedAfterPublication: z.array(LateDeliveriesDaySchema),
});
export type RoundAlerts = z.infer<typeof RoundAlertsSchema>;

export const ResolveConflictInputSchema = z.strictObject({ resolution: ShortText });
export const AcknowledgeAlertInputSchema = z.strictObject({ followUp: z.optional(ShortText) });

/** A note from the coordinator to the driver of a passage's round; the phone gets it as `note.from_coordinator`. */
export const PassageNoteInputSchema = z.strictObject({ text: ShortText });
export const PassageNoteSchema = z.object({ id: z.uuid(), passageId: z.uuid(), text: z.string(), at: z.iso.datetime() });
export type PassageNote = z.infer<typeof PassageNoteSchema>;
