/**
 * @tournee/notify/channels — the notification channel port and its adapters: SMTP e-mail
 * (nodemailer), OVHcloud SMS, a generic webhook provider (SMS or spoken calls), Web Push (VAPID)
 * and the recorded-only default. Every adapter passes `describeChannelContract`.
 */
export { CHANNEL_KINDS, DeliveryFailure, isTemporaryStatus, type Channel, type ChannelKind, type OutgoingMessage, type SendOutcome } from "./port.js";
export { RecordedChannel } from "./recorded.js";
export { SmtpChannel, type SmtpOptions } from "./smtp.js";
export { OvhSmsChannel, ovhSignature, readOvhReceipt, readOvhReply, type OvhSmsOptions, type ReceiptStatus } from "./ovh-sms.js";
export { WebhookChannel, type WebhookOptions } from "./webhook.js";
export { newVapidKeys, WebPushChannel, type WebPushOptions } from "./web-push.js";
export { channelsFrom, closeChannels, type ChannelSettings, type Channels } from "./from-settings.js";
