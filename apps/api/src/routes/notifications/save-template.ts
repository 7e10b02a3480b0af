import { MessageTemplatesSchema, TemplateInputSchema, TemplateParamsSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { saveTemplate } from "../../use-cases/notifications/message-templates.js";

export default defineRoute({
  method: "put",
  path: "/api/message-templates/:kind/:locale",
  summary: "Rewrite a kind of message in one language; refused with field errors for unknown or missing variables and words that would tell what the service is",
  tag: "messages",
  access: ["admin", "coordinator"],
  params: TemplateParamsSchema,
  body: TemplateInputSchema,
  response: MessageTemplatesSchema,
  async handler({ services, actor, params, body }) {
    return { body: await saveTemplate({ services, actor, kind: params.kind, locale: params.locale, input: body }) };
  },
});
