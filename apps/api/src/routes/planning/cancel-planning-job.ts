import { IdParamsSchema, PlanningJobSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { cancelPlanningJob } from "../../use-cases/planning/planning-jobs.js";

export default defineRoute({
  method: "post",
  path: "/api/planning-jobs/:id/cancel",
  summary: "Cancel a planning run: the search stops and nothing is written (409 job_finished if it is over)",
  tag: "planning",
  access: ["admin", "coordinator"],
  params: IdParamsSchema,
  response: PlanningJobSchema,
  async handler({ services, actor, params }) {
    return { body: await cancelPlanningJob({ services, actor: actor!, id: params.id }) };
  },
});
