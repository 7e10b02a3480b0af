import { AmapProducerPlanSchema, AmapProducerQuerySchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { producerPlan } from "../../use-cases/amap/basket-views.js";

export default defineRoute({
  method: "get",
  path: "/api/amap/producer",
  summary: "The baskets a producer prepares for the coming weeks, per date and round and size, with those given away and the week's announced composition",
  tag: "amap",
  access: ["admin", "producer"],
  query: AmapProducerQuerySchema,
  response: AmapProducerPlanSchema,
  async handler({ services, actor, query }) {
    return { body: await producerPlan({ services, actor, producerId: query.producerId }) };
  },
});
