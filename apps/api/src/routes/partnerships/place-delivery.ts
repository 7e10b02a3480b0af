import { IdParamsSchema, PooledDeliveryCreateSchema, PooledDeliveryPlacedSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { placePooledDelivery } from "../../use-cases/partnerships/place-pooled-delivery.js";

export default defineRoute({
  method: "post",
  path: "/api/partnerships/:id/deliveries",
  summary: "The partner places (or replaces) a delivery for one of its households on a halt of the shared round, before its cutoff",
  tag: "partnerships",
  access: ["admin", "coordinator"],
  params: IdParamsSchema,
  body: PooledDeliveryCreateSchema,
  response: PooledDeliveryPlacedSchema,
  successStatus: 201,
  async handler({ services, actor, params, body }) {
    const placed = await placePooledDelivery({ services, actor, id: params.id, input: body });
    return { status: placed.replaced ? 200 : 201, body: placed };
  },
});
