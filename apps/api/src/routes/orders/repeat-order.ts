import { OrderRepeatSchema, RepeatedOrderSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { repeatOrder } from "../../use-cases/orders/repeat-order.js";

export default defineRoute({
  method: "post",
  path: "/api/orders/repeat",
  summary: "Same as last time: a new order from the household's latest one, saying what was dropped and why",
  tag: "orders",
  access: ["admin", "coordinator", "resident", "relay"],
  body: OrderRepeatSchema,
  response: RepeatedOrderSchema,
  successStatus: 201,
  async handler({ services, actor, body }) {
    return { body: await repeatOrder({ services, actor: actor!, input: body }) };
  },
});
