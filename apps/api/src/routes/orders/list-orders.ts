import { OrderListQuerySchema, OrderSchema } from "@tournee/domain";
import { z } from "zod";
import { defineRoute } from "../../http/route.js";
import { listOrders } from "../../use-cases/orders/list-orders.js";

export default defineRoute({
  method: "get",
  path: "/api/orders",
  summary: "Orders the signed-in person may see (their organisation's, or their households'), by household, passage, date or status",
  tag: "orders",
  access: ["admin", "coordinator", "resident", "relay"],
  query: OrderListQuerySchema,
  response: z.array(OrderSchema),
  async handler({ services, actor, query }) {
    return { body: await listOrders({ services, actor: actor!, query }) };
  },
});
