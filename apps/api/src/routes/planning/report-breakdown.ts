import { PlanningDateParamsSchema, PlanningJobSchema, ReportBreakdownSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { reportBreakdown } from "../../use-cases/planning/report-breakdown.js";

export default defineRoute({
  method: "post",
  path: "/api/planning/:date/breakdowns",
  summary: "Report a vehicle of a published day broken down from a time: a run re-plans what it had not done onto the other rounds (stops done or under way stay) and waits for publication, like any new plan of a published day",
  tag: "planning",
  access: ["admin", "coordinator"],
  params: PlanningDateParamsSchema,
  body: ReportBreakdownSchema,
  response: PlanningJobSchema,
  successStatus: 202,
  async handler({ services, actor, params, body }) {
    return { body: await reportBreakdown({ services, actor: actor!, date: params.date, ...body }) };
  },
});
