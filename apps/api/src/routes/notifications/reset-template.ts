import { MessageTemplatesSchema, OrganisationQuerySchema, TemplateParamsSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { resetTemplate } from "../../use-cases/notifications/message-templates.js";

export default defineRoute({
  method: "delete",
  path: "/api/message-templates/:kind/:locale",
  summary: "Go back to the default wording of a kind of message in one language",
  tag: "messages",
  access: ["admin", "coordinator"],
  params: TemplateParamsSchema,
  query: OrganisationQuerySchema,
  response: MessageTemplatesSchema,
  async handler({ services, actor, params, query }) {
    return { body: await resetTemplate({ services, actor, kind: params.kind, locale: params.locale, organisationId: query.organisationId }) };
  },
});
