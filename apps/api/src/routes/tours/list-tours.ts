import { TourListQuerySchema, TourSummarySchema } from "@tournee/domain";
import { z } from "zod";
import { defineRoute } from "../../http/route.js";
import { listTours } from "../../use-cases/tours/list-tours.js";

export default defineRoute({
  method: "get",
  path: "/api/tours",
  summary: "Tours: a coordinator's organisation's, or a driver's own",
  tag: "tours",
  access: ["admin", "coordinator", "driver"],
  query: TourListQuerySchema,
  response: z.array(TourSummarySchema),
  async handler({ services, actor, query }) {
    return { body: await listTours({ services, actor: actor, ...query }) };
  },
});
