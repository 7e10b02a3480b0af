import { IdParamsSchema, OrderPatchSchema, PlacedOrderSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { changeOrder } from "../../use-cases/orders/place-order.js";

export default defineRoute({
  method: "patch",
  path: "/api/orders/:id",
  summary: "Replace an order's lines before the cutoff (409 order_locked after it)",
  tag: "orders",
  access: ["admin", "coordinator", "resident", "relay"],
  params: IdParamsSchema,
  body: OrderPatchSchema,
  response: PlacedOrderSchema,
  async handler({ services, actor, params, body }) {
    return { body: await changeOrder({ services, actor: actor!, orderId: params.id, input: body }) };
  },
});
