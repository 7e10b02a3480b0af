import { OrderCreateSchema, PlacedOrderSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { placeOrder } from "../../use-cases/orders/place-order.js";

export default defineRoute({
  method: "post",
  path: "/api/orders",
  summary: "Order for a household on a passage before its cutoff; priced for that household, paid at handover",
  tag: "orders",
  access: ["admin", "coordinator", "resident", "relay"],
  body: OrderCreateSchema,
  response: PlacedOrderSchema,
  successStatus: 201,
  async handler({ services, actor, body }) {
    return { body: await placeOrder({ services, actor: actor!, input: body }) };
  },
});
