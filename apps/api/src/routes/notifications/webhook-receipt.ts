import { ReceiptAnswerSchema, WebhookReceiptSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { checkWebhookSecret, receiveReceipt } from "../../use-cases/notifications/opt-out.js";

export default defineRoute({
  method: "post",
  path: "/api/notifications/webhook/receipts",
  summary: "Delivery receipt from the webhook provider (Authorization: Bearer TOURNEE_WEBHOOK_SECRET)",
  tag: "messages",
  access: "public",
  csrfExempt: true,
  body: WebhookReceiptSchema,
  response: ReceiptAnswerSchema,
  async handler({ services, body, req }) {
    checkWebhookSecret(services, req.get("authorization")?.replace(/^Bearer /, ""));
    return { body: await receiveReceipt({ services, provider: "webhook", providerId: body.id, status: body.status, reason: body.reason ?? null }) };
  },
});
