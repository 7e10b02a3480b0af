import { IdParamsSchema, PLANNING_EVENTS } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { streamPlanningJob } from "../../use-cases/planning/stream-planning-job.js";

export default defineRoute({
  method: "get",
  path: "/api/planning-jobs/:id/events",
  summary: "Server-sent events (text/event-stream) of a planning run: `progress` every half second while it is active (phase, time spent of the budget, stops placed so far), then `done` with the run",
  tag: "planning",
  access: ["admin", "coordinator"],
  params: IdParamsSchema,
  stream: true,
  events: PLANNING_EVENTS,
  async handler({ services, actor, params, req, res }) {
    await streamPlanningJob({ services, actor: actor!, id: params.id, req, res });
    return {};
  },
});
