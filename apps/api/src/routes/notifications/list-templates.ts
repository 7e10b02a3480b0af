import { MessageTemplatesSchema, OrganisationQuerySchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { listTemplates } from "../../use-cases/notifications/message-templates.js";

export default defineRoute({
  method: "get",
  path: "/api/message-templates",
  summary: "The organisation's message templates (its own or the defaults) in French and English, with each kind's variables, and its sender name",
  tag: "messages",
  access: ["admin", "coordinator"],
  query: OrganisationQuerySchema,
  response: MessageTemplatesSchema,
  async handler({ services, actor, query }) {
    return { body: await listTemplates({ services, actor, organisationId: query.organisationId }) };
  },
});
