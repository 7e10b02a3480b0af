/**
 * The environment variables of messaging (README, "Configuration"): which provider each channel
 * uses, and where links in messages point. None set: every channel is recorded-only.
 */
import { z } from "zod";

const optional = z.string().trim().min(1).optional();

export const MESSAGING_ENV = {
  /** The address people reach Tournée at, for links in messages (opt-out); default http://localhost:PORT. */
  TOURNEE_PUBLIC_URL: z.url().optional(),
  /** `smtp://user:pass@host:587` or `smtps://…`: e-mail goes out through this server. */
  TOURNEE_SMTP_URL: z.string().regex(/^smtps?:\/\//, "TOURNEE_SMTP_URL must start with smtp:// or smtps://").optional(),
  TOURNEE_MAIL_FROM: z.email().default("tournee@localhost"),
  TOURNEE_SMS_PROVIDER: z.enum(["ovh", "webhook"]).optional(),
  OVH_ENDPOINT: z.url().default("https://eu.api.ovh.com/1.0"),
  OVH_APPLICATION_KEY: optional,
  OVH_APPLICATION_SECRET: optional,
  OVH_CONSUMER_KEY: optional,
  OVH_SMS_SERVICE_NAME: optional,
  OVH_SMS_SENDER: z.string().trim().max(11).optional(),
  TOURNEE_SMS_WEBHOOK_URL: z.url().optional(),
  TOURNEE_VOICE_WEBHOOK_URL: z.url().optional(),
  /** Bearer secret of the webhook provider, and the `token` of OVHcloud's receipt and reply URLs. */
  TOURNEE_WEBHOOK_SECRET: z.string().min(16, "TOURNEE_WEBHOOK_SECRET needs 16 characters or more").optional(),
  TOURNEE_VAPID_PUBLIC_KEY: optional,
  TOURNEE_VAPID_PRIVATE_KEY: optional,
  TOURNEE_VAPID_SUBJECT: z.string().default("mailto:tournee@localhost"),
  /** Seconds between two passes of the message scheduler; 0 stops it (tests drive it by hand). */
  TOURNEE_NOTIFY_TICK_SECONDS: z.coerce.number().int().min(0).max(3600).default(60),
};
