import { IdParamsSchema, PlanningJobSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { getPlanningJob } from "../../use-cases/planning/planning-jobs.js";

export default defineRoute({
  method: "get",
  path: "/api/planning-jobs/:id",
  summary: "A planning run: status, best cost so far, result (tours and unassigned stops) or error",
  tag: "planning",
  access: ["admin", "coordinator"],
  params: IdParamsSchema,
  response: PlanningJobSchema,
  async handler({ services, actor, params }) {
    return { body: await getPlanningJob({ services, actor: actor!, id: params.id }) };
  },
});
