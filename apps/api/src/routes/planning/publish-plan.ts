import { IdParamsSchema, PlanningJobSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { publishPlan } from "../../use-cases/planning/publish-plan.js";

export default defineRoute({
  method: "post",
  path: "/api/planning-jobs/:id/publish",
  summary: "Publish the new plan of a published day (its result's `changes` say what moves): every round gets a new version, so drivers' phones download it (409 plan_outdated if the day changed since)",
  tag: "planning",
  access: ["admin", "coordinator"],
  params: IdParamsSchema,
  response: PlanningJobSchema,
  async handler({ services, actor, params }) {
    return { body: await publishPlan({ services, actor, id: params.id }) };
  },
});
