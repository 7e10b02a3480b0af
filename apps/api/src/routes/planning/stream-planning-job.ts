import { IdParamsSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { streamPlanningJob } from "../../use-cases/planning/stream-planning-job.js";

export default defineRoute({
  method: "get",
  path: "/api/planning-jobs/:id/events",
  summary: "Server-sent events (text/event-stream) of a planning run: `progress` with the best cost so far, then `done`",
  tag: "planning",
  access: ["admin", "coordinator"],
  params: IdParamsSchema,
  stream: true,
  async handler({ services, actor, params, req, res }) {
    await streamPlanningJob({ services, actor: actor!, id: params.id, req, res });
    return {};
  },
});
