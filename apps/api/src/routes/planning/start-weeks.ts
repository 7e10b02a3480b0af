import { PlanningDateParamsSchema, PlanningJobSchema, StartHorizonSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { startWeeks } from "../../use-cases/horizon/start-weeks.js";

export default defineRoute({
  method: "post",
  path: "/api/planning/:date/weeks",
  summary: "Plan 1 to 5 weeks from a date at once: halts keep their published times (at most `toleranceMinutes` later), households served at home at their rhythm, the same driver where possible. A job like a day's; its `horizon.result` lists the times that would move before publishing (409 planning_in_progress if a run of that date is active)",
  tag: "planning",
  access: ["admin", "coordinator"],
  params: PlanningDateParamsSchema,
  body: StartHorizonSchema,
  response: PlanningJobSchema,
  successStatus: 202,
  async handler({ services, actor, params, body }) {
    return { body: await startWeeks({ services, actor: actor!, date: params.date, ...body }) };
  },
});
