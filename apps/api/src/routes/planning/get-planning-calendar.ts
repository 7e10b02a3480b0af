import { PlanningCalendarQuerySchema, PlanningCalendarSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { planningCalendar } from "../../use-cases/planning/planning-calendar.js";

export default defineRoute({
  method: "get",
  path: "/api/planning-calendar",
  summary: "Days of a period (at most 92) with their passages, orders and rounds planned, published or started, and the next day to plan from today",
  tag: "planning",
  access: ["admin", "coordinator"],
  query: PlanningCalendarQuerySchema,
  response: PlanningCalendarSchema,
  async handler({ services, actor, query }) {
    return { body: await planningCalendar({ services, actor, ...query }) };
  },
});
