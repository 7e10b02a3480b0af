import { MessageTemplatesSchema, MessagingSettingsInputSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { saveSenderName } from "../../use-cases/notifications/message-templates.js";

export default defineRoute({
  method: "put",
  path: "/api/messaging-settings",
  summary: "The name messages are signed with; refused if it would tell what the service is",
  tag: "messages",
  access: ["admin", "coordinator"],
  body: MessagingSettingsInputSchema,
  response: MessageTemplatesSchema,
  async handler({ services, actor, body }) {
    return { body: await saveSenderName({ services, actor, organisationId: body.organisationId, senderName: body.senderName }) };
  },
});
