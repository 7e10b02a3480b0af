/**
 * The channels of a running server, from its settings: each kind gets its configured provider,
 * or the recorded-only channel when none is configured (the embedded default).
 */
import { OvhSmsChannel, type OvhSmsOptions } from "./ovh-sms.js";
import { CHANNEL_KINDS, type Channel, type ChannelKind } from "./port.js";
import { RecordedChannel } from "./recorded.js";
import { SmtpChannel } from "./smtp.js";
import { WebPushChannel } from "./web-push.js";
import { WebhookChannel } from "./webhook.js";

export interface ChannelSettings {
  smtp?: { url: string; from: string } | undefined;
  sms?: { provider: "ovh"; ovh: OvhSmsOptions } | { provider: "webhook"; url: string; secret: string } | undefined;
  voice?: { url: string; secret: string } | undefined;
  push?: { publicKey: string; privateKey: string; subject: string } | undefined;
}

export type Channels = Record<ChannelKind, Channel>;

export function channelsFrom(settings: ChannelSettings): Channels {
  const channels = Object.fromEntries(CHANNEL_KINDS.map((kind) => [kind, new RecordedChannel(kind)])) as Channels;
  if (settings.smtp) channels.email = new SmtpChannel(settings.smtp);
  if (settings.sms?.provider === "ovh") channels.sms = new OvhSmsChannel(settings.sms.ovh);
  if (settings.sms?.provider === "webhook") channels.sms = new WebhookChannel("sms", settings.sms);
  if (settings.voice) channels.voice = new WebhookChannel("voice", settings.voice);
  if (settings.push) channels.push = new WebPushChannel(settings.push);
  return channels;
}

export async function closeChannels(channels: Channels): Promise<void> {
  await Promise.all(Object.values(channels).map((c) => c.close?.()));
}
