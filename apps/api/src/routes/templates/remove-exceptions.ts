import { IdSchema, LocalDateSchema, TourTemplateSchema } from "@tournee/domain";
import { z } from "zod";
import { defineRoute } from "../../http/route.js";
import { removeExceptions } from "../../use-cases/templates/save-template.js";

export default defineRoute({
  method: "delete",
  path: "/api/tour-templates/:id/exceptions/:date",
  summary: "Remove the exceptions recorded for a date (the round runs again that day; passages already generated stay as they are)",
  tag: "templates",
  access: ["admin", "coordinator"],
  params: z.strictObject({ id: IdSchema, date: LocalDateSchema }),
  response: TourTemplateSchema,
  async handler({ services, actor, params }) {
    return { body: await removeExceptions({ services, actor: actor!, id: params.id, date: params.date }) };
  },
});
