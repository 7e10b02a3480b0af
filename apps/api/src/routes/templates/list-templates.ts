import { TourTemplateSchema } from "@tournee/domain";
import { z } from "zod";
import { defineRoute } from "../../http/route.js";
import { listTemplates } from "../../use-cases/templates/list-templates.js";

export default defineRoute({
  method: "get",
  path: "/api/tour-templates",
  summary: "Recurring rounds with their published timetable and exceptions",
  tag: "templates",
  access: ["admin", "coordinator"],
  response: z.array(TourTemplateSchema),
  async handler({ services, actor }) {
    return { body: await listTemplates({ services, actor: actor! }) };
  },
});
