import { IdParamsSchema, OrderSlipQuerySchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { passageSlipsHtml } from "../../use-cases/sheets/order-slips.js";

export default defineRoute({
  method: "get",
  path: "/api/passages/:id/order-slips",
  summary: "The paper order slips of every household expected at a passage, one per page (HTML, large print, A4 or A5)",
  tag: "sheets",
  access: ["admin", "coordinator"],
  params: IdParamsSchema,
  query: OrderSlipQuerySchema,
  async handler({ services, actor, params, query }) {
    return { text: await passageSlipsHtml({ services, actor, passageId: params.id, paper: query.paper }), headers: { "content-type": "text/html; charset=utf-8" } };
  },
});
