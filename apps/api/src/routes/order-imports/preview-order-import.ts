import { OrderImportPreviewSchema, OrderImportRequestSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { previewOrderImport } from "../../use-cases/order-imports/import-orders.js";

export default defineRoute({
  method: "post",
  path: "/api/order-imports/preview",
  summary: "Check a CSV of paper or phone orders (household, date, stop, sku, quantity, channel): the orders it would place or change, and every error by line and column; nothing is written",
  tag: "orders",
  access: ["admin", "coordinator"],
  body: OrderImportRequestSchema,
  response: OrderImportPreviewSchema,
  async handler({ services, actor, body }) {
    return { body: await previewOrderImport({ services, actor, ...body }) };
  },
});
