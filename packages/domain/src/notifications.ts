/**
 * Messages to residents, referrers, coordinators and drivers: what a coordinator lists and
 * edits, and the contact preferences a household (or its coordinator) sets. Field errors carry
 * codes (`phone_invalid`, `email_invalid`, …) the web translates.
 */
import * as z from "zod/mini";
import { LocalDateSchema } from "./common.js";
import { parseEmail, parsePhone } from "./contact.js";

export const MESSAGE_CHANNELS = ["email", "sms", "voice", "push"] as const;
export const MessageChannelSchema = z.enum(MESSAGE_CHANNELS);
export type MessageChannel = z.infer<typeof MessageChannelSchema>;

/** The kinds of messages sent (and listed in the Messages screen). */
export const SENT_MESSAGE_KINDS = ["cutoff_reminder", "day_before", "order_confirmation", "time_change", "delay", "eligibility_digest", "coordinator_digest", "round_changed", "purchase_order", "basket_reminder", "wellbeing_alert", "round_late"] as const;
/** The same household messages worded for a relay acting for the household: templates only, sent under the household kind. */
export const RELAY_WORDING_KINDS = ["cutoff_reminder_relay", "day_before_relay", "order_confirmation_relay", "time_change_relay", "delay_relay", "basket_reminder_relay"] as const;
export const MESSAGE_KIND_NAMES = [...SENT_MESSAGE_KINDS, ...RELAY_WORDING_KINDS] as const;
export const MessageKindSchema = z.enum(MESSAGE_KIND_NAMES);
export const MESSAGE_STATUSES = ["scheduled", "queued", "sending", "sent", "delivered", "failed", "recorded", "cancelled"] as const;
export const MessageStatusSchema = z.enum(MESSAGE_STATUSES);

export const MessageListQuerySchema = z.strictObject({
  organisationId: z.optional(z.uuid()),
  from: z.optional(LocalDateSchema),
  to: z.optional(LocalDateSchema),
  kind: z.optional(MessageKindSchema),
  status: z.optional(MessageStatusSchema),
});
export type MessageListQuery = z.infer<typeof MessageListQuerySchema>;

/**
 * Why a message did not go, in a word the Messages screen translates: the address or number was
 * refused, the message itself was refused, the provider refused the server's credentials, was
 * busy, could not be reached, the device no longer takes notifications, the operator could not
 * deliver it (receipt), or the provider answered something unexpected. A message's `reason` is
 * this code followed by the provider's own words (`recipient_refused 550 5.1.1 …`), or a retry
 * (`retry:2/5 provider_busy …`), or a code of its own (`ordered_meanwhile`, `no_provider:sms`).
 */
export const DELIVERY_FAILURE_CODES = ["recipient_refused", "message_refused", "credentials_refused", "provider_busy", "provider_unreachable", "device_gone", "not_delivered", "unexpected_answer"] as const;
export type DeliveryFailureCode = (typeof DELIVERY_FAILURE_CODES)[number];

export const MessageViewSchema = z.object({
  id: z.uuid(),
  kind: MessageKindSchema,
  channel: MessageChannelSchema,
  status: MessageStatusSchema,
  recipient: z.object({ kind: z.enum(["household", "person"]), id: z.uuid(), name: z.string(), viaRelay: z.boolean() }),
  address: z.string(),
  subject: z.string(),
  body: z.string(),
  dueAt: z.iso.datetime(),
  sentAt: z.nullable(z.iso.datetime()),
  deliveredAt: z.nullable(z.iso.datetime()),
  urgent: z.boolean(),
  provider: z.nullable(z.string()),
  reason: z.nullable(z.string()),
  passageDate: z.nullable(LocalDateSchema),
  history: z.array(z.object({ at: z.iso.datetime(), status: MessageStatusSchema, reason: z.nullable(z.string()) })),
});
export type MessageView = z.infer<typeof MessageViewSchema>;

export const MessagesSchema = z.object({
  organisationId: z.uuid(),
  /** Which provider each channel uses here; `recorded` means none: messages are kept, not sent. */
  providers: z.record(MessageChannelSchema, z.string()),
  messages: z.array(MessageViewSchema),
});
export type Messages = z.infer<typeof MessagesSchema>;

export const TemplateLocaleSchema = z.enum(["fr", "en"]);
export const TemplateParamsSchema = z.strictObject({ kind: MessageKindSchema, locale: TemplateLocaleSchema });

export const TemplateInputSchema = z.strictObject({
  organisationId: z.optional(z.uuid()),
  subject: z.string().check(z.maxLength(120, "too_long")),
  body: z.string().check(z.maxLength(2000, "too_long")),
});
export type TemplateInput = z.infer<typeof TemplateInputSchema>;

export const TemplatePreviewInputSchema = z.extend(TemplateInputSchema, { kind: MessageKindSchema, locale: TemplateLocaleSchema });

export const TemplateIssueSchema = z.object({ field: z.enum(["subject", "body"]), code: z.string(), detail: z.string() });

export const TemplatePreviewSchema = z.object({
  subject: z.string(),
  body: z.string(),
  /** How many SMS the body takes (160 characters each, 153 once split). */
  smsParts: z.number().check(z.int()),
  issues: z.array(TemplateIssueSchema),
});

export const MessageTemplateViewSchema = z.object({
  kind: MessageKindSchema,
  locale: TemplateLocaleSchema,
  subject: z.string(),
  body: z.string(),
  isDefault: z.boolean(),
  audience: z.enum(["household", "relay", "referrer", "coordinator", "driver", "producer"]),
  variables: z.array(z.string()),
  required: z.array(z.string()),
});

export const MessageTemplatesSchema = z.object({ organisationId: z.uuid(), senderName: z.string(), templates: z.array(MessageTemplateViewSchema) });
export type MessageTemplates = z.infer<typeof MessageTemplatesSchema>;

export const MessagingSettingsInputSchema = z.strictObject({ organisationId: z.optional(z.uuid()), senderName: z.string().check(z.trim(), z.minLength(2, "too_short"), z.maxLength(60, "too_long")) });
export const OrganisationQuerySchema = z.strictObject({ organisationId: z.optional(z.uuid()) });

const Time = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, "time_invalid"));

/** Refuses a value from inside a transform, as a refinement would (a transform is handed the parse payload). */
function refuse(ctx: z.core.ParsePayload, message: string): typeof z.NEVER {
  ctx.issues.push({ code: "custom", message, input: ctx.value });
  return z.NEVER;
}

const phoneField = (kind: "mobile" | "landline") =>
  z.pipe(z.nullable(z.string().check(z.trim(), z.maxLength(40))), z.transform((value, ctx) => {
    if (!value) return null;
    const checked = parsePhone(value);
    if (!checked.ok) {
      return refuse(ctx, checked.error);
    }
    if (kind === "mobile" && checked.kind === "landline") {
      return refuse(ctx, "phone_not_mobile");
    }
    return checked.e164;
  }));

export const ContactPreferencesInputSchema = z.strictObject({
    email: z.pipe(z.nullable(z.string().check(z.trim(), z.maxLength(254))), z.transform((value, ctx) => {
      if (!value) return null;
      const checked = parseEmail(value);
      if (!checked.ok) {
        return refuse(ctx, checked.error);
      }
      return checked.email;
    })),
    mobile: phoneField("mobile"),
    landline: phoneField("landline"),
    viaRelay: z.boolean(),
    quietStart: Time,
    quietEnd: Time,
    locale: TemplateLocaleSchema,
    channels: z.array(MessageChannelSchema).check(z.maxLength(4), z.refine((c) => new Set(c).size === c.length, "duplicate_channel")),
    /** How the household gave its consent, when a coordinator records it for them ("oral, on the phone"). */
    evidence: z.optional(z.string().check(z.trim(), z.maxLength(200))),
  }).check(z.superRefine((p, ctx) => {
    if (p.channels.includes("sms") && !p.mobile) ctx.addIssue({ code: "custom", path: ["mobile"], message: "mobile_required" });
    if (p.channels.includes("voice") && !p.landline && !p.mobile) ctx.addIssue({ code: "custom", path: ["landline"], message: "phone_required" });
  }));
export type ContactPreferencesInput = z.input<typeof ContactPreferencesInputSchema>;

export const ContactPreferencesSchema = z.object({
  householdId: z.uuid(),
  householdName: z.string(),
  email: z.nullable(z.string()),
  /** The household's account e-mail, used when no other address is given. */
  accountEmail: z.nullable(z.string()),
  mobile: z.nullable(z.string()),
  landline: z.nullable(z.string()),
  viaRelay: z.boolean(),
  relays: z.array(z.string()),
  quietStart: z.string(),
  quietEnd: z.string(),
  locale: TemplateLocaleSchema,
  channels: z.array(z.object({ channel: MessageChannelSchema, givenAt: z.iso.datetime(), evidence: z.nullable(z.string()) })),
  /** Devices of the household's own accounts that accept notifications. */
  pushDevices: z.number().check(z.int()),
  recentMessages: z.array(MessageViewSchema),
});
export type ContactPreferences = z.infer<typeof ContactPreferencesSchema>;

export const PushSubscriptionInputSchema = z.strictObject({
  endpoint: z.url().check(z.maxLength(1000)),
  keys: z.strictObject({ p256dh: z.string().check(z.minLength(20), z.maxLength(200)), auth: z.string().check(z.minLength(8), z.maxLength(100)) }),
});
export const PushKeySchema = z.object({ publicKey: z.nullable(z.string()) });
export const PushUnsubscribeInputSchema = z.strictObject({ endpoint: z.url().check(z.maxLength(1000)) });
export const PushDevicesSchema = z.object({ devices: z.number().check(z.int()) });

export const OptOutParamsSchema = z.strictObject({ token: z.string().check(z.regex(/^[A-Za-z0-9_-]{20,64}$/, "token_invalid")) });
export const OptOutViewSchema = z.object({ channel: MessageChannelSchema, senderName: z.string(), done: z.boolean() });

export const WebhookReceiptSchema = z.strictObject({ id: z.string().check(z.minLength(1), z.maxLength(200)), status: z.enum(["delivered", "failed"]), reason: z.optional(z.string().check(z.maxLength(300))) });
export const WebhookReplySchema = z.strictObject({ from: z.string().check(z.minLength(3), z.maxLength(40)), text: z.string().check(z.maxLength(2000)) });
export const OvhCallbackQuerySchema = z.catchall(z.object({ token: z.string().check(z.maxLength(200)) }), z.string().check(z.maxLength(2000)));
export const ReceiptAnswerSchema = z.object({ updated: z.number().check(z.int()) });
