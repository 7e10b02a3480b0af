import { TemplatePreviewInputSchema, TemplatePreviewSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { previewTemplate } from "../../use-cases/notifications/message-templates.js";

export default defineRoute({
  method: "post",
  path: "/api/message-templates/preview",
  summary: "A template filled with example values, as a resident would read it, with its problems (nothing is saved)",
  tag: "messages",
  access: ["admin", "coordinator"],
  body: TemplatePreviewInputSchema,
  response: TemplatePreviewSchema,
  async handler({ services, actor, body }) {
    return { body: await previewTemplate({ services, actor, input: body }) };
  },
});
