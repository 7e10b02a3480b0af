import { IdParamsSchema, TemplateExceptionCreateSchema, TourTemplateSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { addException } from "../../use-cases/templates/save-template.js";

export default defineRoute({
  method: "post",
  path: "/api/tour-templates/:id/exceptions",
  summary: "Record a date the round does not run (holiday) or a halt skipped once",
  tag: "templates",
  access: ["admin", "coordinator"],
  params: IdParamsSchema,
  body: TemplateExceptionCreateSchema,
  response: TourTemplateSchema,
  successStatus: 201,
  async handler({ services, actor, params, body }) {
    return { body: await addException({ services, actor: actor!, id: params.id, input: body }) };
  },
});
