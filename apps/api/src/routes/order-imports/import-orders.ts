import { OrderImportRequestSchema, OrderImportResultSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { importOrders } from "../../use-cases/order-imports/import-orders.js";

export default defineRoute({
  method: "post",
  path: "/api/order-imports",
  summary: "Place the orders of a CSV of paper or phone orders, each like a single order (cutoff, stock, credit, prices); a file with errors places none (422 import_invalid); refused orders are listed",
  tag: "orders",
  access: ["admin", "coordinator"],
  body: OrderImportRequestSchema,
  response: OrderImportResultSchema,
  async handler({ services, actor, body }) {
    return { body: await importOrders({ services, actor, ...body }) };
  },
});
