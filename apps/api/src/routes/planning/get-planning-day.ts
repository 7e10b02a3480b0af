import { PlanningDateParamsSchema, PlanningDayQuerySchema, PlanningDaySchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { planningDayView } from "../../use-cases/planning/planning-day-view.js";

export default defineRoute({
  method: "get",
  path: "/api/planning/:date",
  summary: "A day's plan as it stands: each vehicle's stops, km, driving time, hours and load beside its room; stops left out and why; the latest run",
  tag: "planning",
  access: ["admin", "coordinator"],
  params: PlanningDateParamsSchema,
  query: PlanningDayQuerySchema,
  response: PlanningDaySchema,
  async handler({ services, actor, params, query }) {
    return { body: await planningDayView({ services, actor, date: params.date, organisationId: query.organisationId }) };
  },
});
