import { ReceiptAnswerSchema, WebhookReplySchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { checkWebhookSecret, receiveReply } from "../../use-cases/notifications/opt-out.js";

export default defineRoute({
  method: "post",
  path: "/api/notifications/webhook/replies",
  summary: "An SMS reply relayed by the webhook provider; STOP withdraws the sender's SMS consent at once",
  tag: "messages",
  access: "public",
  csrfExempt: true,
  body: WebhookReplySchema,
  response: ReceiptAnswerSchema,
  async handler({ services, body, req }) {
    checkWebhookSecret(services, req.get("authorization")?.replace(/^Bearer /, ""));
    return { body: await receiveReply({ services, from: body.from, text: body.text }) };
  },
});
