import { TourTemplateCreateSchema, TourTemplateSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { createTemplate } from "../../use-cases/templates/save-template.js";

export default defineRoute({
  method: "post",
  path: "/api/tour-templates",
  summary: "Create a recurring round: weekday, weekly or fortnightly, halts with published arrival and dwell time",
  tag: "templates",
  access: ["admin", "coordinator"],
  body: TourTemplateCreateSchema,
  response: TourTemplateSchema,
  successStatus: 201,
  async handler({ services, actor, body }) {
    return { body: await createTemplate({ services, actor: actor!, input: body }) };
  },
});
