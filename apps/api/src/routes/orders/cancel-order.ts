import { IdParamsSchema, OrderSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { cancelOrder } from "../../use-cases/orders/cancel-order.js";

export default defineRoute({
  method: "post",
  path: "/api/orders/:id/cancel",
  summary: "Cancel an order before the cutoff; its stock and monthly credit are given back",
  tag: "orders",
  access: ["admin", "coordinator", "resident", "relay"],
  params: IdParamsSchema,
  response: OrderSchema,
  async handler({ services, actor, params }) {
    return { body: await cancelOrder({ services, actor: actor!, orderId: params.id }) };
  },
});
