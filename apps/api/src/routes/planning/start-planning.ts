import { PlanningDateParamsSchema, PlanningJobSchema, StartPlanningSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { startPlanning } from "../../use-cases/planning/planning-jobs.js";

export default defineRoute({
  method: "post",
  path: "/api/planning/:date/jobs",
  summary: "Start planning a date: a job that builds the tours in the background (409 planning_in_progress if one is active)",
  tag: "planning",
  access: ["admin", "coordinator"],
  params: PlanningDateParamsSchema,
  body: StartPlanningSchema,
  response: PlanningJobSchema,
  successStatus: 202,
  async handler({ services, actor, params, body }) {
    return { body: await startPlanning({ services, actor: actor!, date: params.date, ...body }) };
  },
});
