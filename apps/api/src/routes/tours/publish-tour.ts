import { IdParamsSchema, PublishedTourSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { publishTour } from "../../use-cases/planning/adjust-tour.js";

export default defineRoute({
  method: "post",
  path: "/api/tours/:id/publish",
  summary: "Publish a tour to its driver and residents' ETAs; each publication bumps the version",
  tag: "tours",
  access: ["admin", "coordinator"],
  params: IdParamsSchema,
  response: PublishedTourSchema,
  async handler({ services, actor, params }) {
    return { body: await publishTour({ services, actor: actor, tourId: params.id }) };
  },
});
