import { IdParamsSchema, PooledDeliveriesQuerySchema, PooledDeliveriesSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { listPooledDeliveries } from "../../use-cases/partnerships/list-pooled-deliveries.js";

export default defineRoute({
  method: "get",
  path: "/api/partnerships/:id/deliveries",
  summary: "The partner's deliveries on the carrier's rounds (what delivering needs, and how each went), and the money collected for the partner",
  tag: "partnerships",
  access: ["admin", "coordinator"],
  params: IdParamsSchema,
  query: PooledDeliveriesQuerySchema,
  response: PooledDeliveriesSchema,
  async handler({ services, actor, params, query }) {
    return { body: await listPooledDeliveries({ services, actor, id: params.id, from: query.from, to: query.to }) };
  },
});
