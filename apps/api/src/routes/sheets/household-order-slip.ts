import { IdParamsSchema, OrderSlipQuerySchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { householdSlipHtml } from "../../use-cases/sheets/order-slips.js";

export default defineRoute({
  method: "get",
  path: "/api/households/:id/order-slip",
  summary: "A household's paper order slip for its next passage: usual products, boxes to tick, when the truck comes back (HTML, large print, A4 or A5)",
  tag: "sheets",
  access: ["admin", "coordinator"],
  params: IdParamsSchema,
  query: OrderSlipQuerySchema,
  async handler({ services, actor, params, query }) {
    return { text: await householdSlipHtml({ services, actor, householdId: params.id, paper: query.paper }), headers: { "content-type": "text/html; charset=utf-8" } };
  },
});
