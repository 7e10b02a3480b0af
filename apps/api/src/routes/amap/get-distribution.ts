import { AmapDistributionQuerySchema, AmapDistributionSchema, IdParamsSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { distribution } from "../../use-cases/amap/basket-views.js";

export default defineRoute({
  method: "get",
  path: "/api/amap/contracts/:id/distribution",
  summary: "A delivery week's distribution list per halt (default: this week): who takes which basket where and when, handed over or not, who skipped, who has no passage",
  tag: "amap",
  access: ["admin", "coordinator"],
  params: IdParamsSchema,
  query: AmapDistributionQuerySchema,
  response: AmapDistributionSchema,
  async handler({ services, actor, params, query }) {
    return { body: await distribution({ services, actor, id: params.id, week: query.week }) };
  },
});
