import confirmOptOut from "./confirm-opt-out.js";
import getContactPreferences from "./get-contact-preferences.js";
import listMessages from "./list-messages.js";
import listTemplates from "./list-templates.js";
import ovhReceipt from "./ovh-receipt.js";
import ovhReply from "./ovh-reply.js";
import previewTemplate from "./preview-template.js";
import pushKey from "./push-key.js";
import subscribePush from "./subscribe-push.js";
import unsubscribePush from "./unsubscribe-push.js";
import resetTemplate from "./reset-template.js";
import saveContactPreferences from "./save-contact-preferences.js";
import saveSenderName from "./save-sender-name.js";
import saveTemplate from "./save-template.js";
import viewOptOut from "./view-opt-out.js";
import webhookReceipt from "./webhook-receipt.js";
import webhookReply from "./webhook-reply.js";

export const notificationRoutes = [
  listMessages, listTemplates, previewTemplate, saveTemplate, resetTemplate, saveSenderName,
  getContactPreferences, saveContactPreferences, viewOptOut, confirmOptOut, webhookReceipt, webhookReply, ovhReceipt, ovhReply,
  pushKey, subscribePush, unsubscribePush,
];
