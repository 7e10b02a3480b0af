import { IdParamsSchema, TourDetailSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { getTour } from "../../use-cases/tours/get-tour.js";

export default defineRoute({
  method: "get",
  path: "/api/tours/:id",
  summary: "A tour with its passages and what to hand over at each (its driver and coordinators)",
  tag: "tours",
  access: ["admin", "coordinator", "driver"],
  params: IdParamsSchema,
  response: TourDetailSchema,
  async handler({ services, actor, params }) {
    return { body: await getTour({ services, actor: actor, id: params.id }) };
  },
});
