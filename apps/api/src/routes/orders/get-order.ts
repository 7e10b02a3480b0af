import { IdParamsSchema, OrderSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { getOrder } from "../../use-cases/orders/place-order.js";

export default defineRoute({
  method: "get",
  path: "/api/orders/:id",
  summary: "One order, its lines, state and whether it is locked",
  tag: "orders",
  access: ["admin", "coordinator", "resident", "relay"],
  params: IdParamsSchema,
  response: OrderSchema,
  async handler({ services, actor, params }) {
    return { body: await getOrder({ services, actor: actor!, orderId: params.id }) };
  },
});
