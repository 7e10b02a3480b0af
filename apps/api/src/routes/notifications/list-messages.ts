import { MessageListQuerySchema, MessagesSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { listMessages } from "../../use-cases/notifications/list-messages.js";

export default defineRoute({
  method: "get",
  path: "/api/messages",
  summary: "Messages of the organisation (sent, recorded, planned, failed or cancelled) by due day, kind and status, with their text and history, and each channel's provider",
  tag: "messages",
  access: ["admin", "coordinator"],
  query: MessageListQuerySchema,
  response: MessagesSchema,
  async handler({ services, actor, query }) {
    return { body: await listMessages({ services, actor, query }) };
  },
});
