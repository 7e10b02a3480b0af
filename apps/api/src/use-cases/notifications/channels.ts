/**
 * The channels of these services, built once from the configuration: each kind with its
 * provider, or recorded-only. Tests may put other adapters in place with `useChannels`.
 */
import { channelsFrom, closeChannels, type ChannelSettings, type Channels } from "@tournee/notify/channels";
import type { Config } from "../../config.js";
import type { Services } from "../../services.js";

const built = new WeakMap<Services, Channels>();

export function channelSettings(config: Config): ChannelSettings {
  const secret = config.TOURNEE_WEBHOOK_SECRET ?? "";
  const ovh = config.OVH_APPLICATION_KEY && config.OVH_APPLICATION_SECRET && config.OVH_CONSUMER_KEY && config.OVH_SMS_SERVICE_NAME
    ? { endpoint: config.OVH_ENDPOINT, applicationKey: config.OVH_APPLICATION_KEY, applicationSecret: config.OVH_APPLICATION_SECRET,
        consumerKey: config.OVH_CONSUMER_KEY, serviceName: config.OVH_SMS_SERVICE_NAME, sender: config.OVH_SMS_SENDER }
    : undefined;
  return {
    smtp: config.TOURNEE_SMTP_URL ? { url: config.TOURNEE_SMTP_URL, from: config.TOURNEE_MAIL_FROM } : undefined,
    sms: config.TOURNEE_SMS_PROVIDER === "ovh" && ovh ? { provider: "ovh", ovh }
      : config.TOURNEE_SMS_PROVIDER === "webhook" && config.TOURNEE_SMS_WEBHOOK_URL ? { provider: "webhook", url: config.TOURNEE_SMS_WEBHOOK_URL, secret }
      : undefined,
    voice: config.TOURNEE_VOICE_WEBHOOK_URL ? { url: config.TOURNEE_VOICE_WEBHOOK_URL, secret } : undefined,
    push: config.TOURNEE_VAPID_PUBLIC_KEY && config.TOURNEE_VAPID_PRIVATE_KEY
      ? { publicKey: config.TOURNEE_VAPID_PUBLIC_KEY, privateKey: config.TOURNEE_VAPID_PRIVATE_KEY, subject: config.TOURNEE_VAPID_SUBJECT }
      : undefined,
  };
}

export function channelsOf(services: Services): Channels {
  let channels = built.get(services);
  if (!channels) {
    channels = channelsFrom(channelSettings(services.config));
    built.set(services, channels);
  }
  return channels;
}

export function useChannels(services: Services, channels: Channels): void {
  built.set(services, channels);
}

export async function closeChannelsOf(services: Services): Promise<void> {
  const channels = built.get(services);
  built.delete(services);
  if (channels) await closeChannels(channels);
}
