import { OvhCallbackQuerySchema, ReceiptAnswerSchema } from "@tournee/domain";
import { readOvhReceipt } from "@tournee/notify/channels";
import { defineRoute } from "../../http/route.js";
import { checkWebhookSecret, receiveReceipt } from "../../use-cases/notifications/opt-out.js";

export default defineRoute({
  method: "get",
  path: "/api/notifications/ovh/receipts",
  summary: "OVHcloud's delivery receipt call (the SMS account's callback URL, with ?token=TOURNEE_WEBHOOK_SECRET): id and dlr",
  tag: "messages",
  access: "public",
  query: OvhCallbackQuerySchema,
  response: ReceiptAnswerSchema,
  async handler({ services, query }) {
    checkWebhookSecret(services, query.token);
    const receipt = readOvhReceipt(query);
    return { body: receipt ? await receiveReceipt({ services, provider: "ovh", ...receipt }) : { updated: 0 } };
  },
});
