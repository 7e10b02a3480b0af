import { IdParamsSchema, PlanCheckSchema, ReorderTourSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { reorderTour } from "../../use-cases/planning/adjust-tour.js";

export default defineRoute({
  method: "patch",
  path: "/api/tours/:id/passages",
  summary: "Put the tour's stops in a new order (passages of other tours that day are moved in); answers every violated window or capacity",
  tag: "tours",
  access: ["admin", "coordinator"],
  params: IdParamsSchema,
  body: ReorderTourSchema,
  response: PlanCheckSchema,
  async handler({ services, actor, params, body }) {
    return { body: await reorderTour({ services, actor: actor, tourId: params.id, order: body.order }) };
  },
});
