import { OrderSummaryQuerySchema, PassageOrderSummarySchema } from "@tournee/domain";
import { z } from "zod";
import { defineRoute } from "../../http/route.js";
import { summariseOrders } from "../../use-cases/orders/list-orders.js";

export default defineRoute({
  method: "get",
  path: "/api/order-summaries",
  summary: "Coordinators: per passage of a date, orders received against households expected",
  tag: "orders",
  access: ["admin", "coordinator"],
  query: OrderSummaryQuerySchema,
  response: z.array(PassageOrderSummarySchema),
  async handler({ services, actor, query }) {
    return { body: await summariseOrders({ services, actor: actor!, query }) };
  },
});
