import { PlanCheckSchema, PlanningDateParamsSchema, PlanningTargetSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { checkDay } from "../../use-cases/planning/check-day.js";

export default defineRoute({
  method: "post",
  path: "/api/planning/:date/check",
  summary: "Check the date's tours as they stand (plan mode): every late window, capacity, skill, break or precedence violation",
  tag: "planning",
  access: ["admin", "coordinator"],
  params: PlanningDateParamsSchema,
  body: PlanningTargetSchema,
  response: PlanCheckSchema,
  async handler({ services, actor, params, body }) {
    return { body: await checkDay({ services, actor: actor!, date: params.date, organisationId: body.organisationId }) };
  },
});
