import { OvhCallbackQuerySchema, ReceiptAnswerSchema } from "@tournee/domain";
import { readOvhReply } from "@tournee/notify/channels";
import { defineRoute } from "../../http/route.js";
import { checkWebhookSecret, receiveReply } from "../../use-cases/notifications/opt-out.js";

export default defineRoute({
  method: "get",
  path: "/api/notifications/ovh/replies",
  summary: "OVHcloud's call for an SMS reply (the account's reply URL, with ?token=TOURNEE_WEBHOOK_SECRET); STOP withdraws SMS consent at once",
  tag: "messages",
  access: "public",
  query: OvhCallbackQuerySchema,
  response: ReceiptAnswerSchema,
  async handler({ services, query }) {
    checkWebhookSecret(services, query.token);
    const reply = readOvhReply(query);
    return { body: reply ? await receiveReply({ services, ...reply }) : { updated: 0 } };
  },
});
