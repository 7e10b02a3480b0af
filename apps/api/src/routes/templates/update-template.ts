import { IdParamsSchema, TourTemplateSchema, TourTemplateUpdateSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { updateTemplate } from "../../use-cases/templates/save-template.js";

export default defineRoute({
  method: "patch",
  path: "/api/tour-templates/:id",
  summary: "Change a recurring round; halts, when given, replace the old ones (already generated passages stay)",
  tag: "templates",
  access: ["admin", "coordinator"],
  params: IdParamsSchema,
  body: TourTemplateUpdateSchema,
  response: TourTemplateSchema,
  async handler({ services, actor, params, body }) {
    return { body: await updateTemplate({ services, actor: actor!, id: params.id, input: body }) };
  },
});
