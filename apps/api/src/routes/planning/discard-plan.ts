import { IdParamsSchema, PlanningJobSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { discardPlan } from "../../use-cases/planning/publish-plan.js";

export default defineRoute({
  method: "post",
  path: "/api/planning-jobs/:id/discard",
  summary: "Keep the published plan of a day and drop the new plan a run computed for it",
  tag: "planning",
  access: ["admin", "coordinator"],
  params: IdParamsSchema,
  response: PlanningJobSchema,
  async handler({ services, actor, params }) {
    return { body: await discardPlan({ services, actor, id: params.id }) };
  },
});
