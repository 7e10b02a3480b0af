import { PurchaseOrderQuerySchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { purchaseOrderHtml } from "../../use-cases/producers/purchase-order.js";

export default defineRoute({
  method: "get",
  path: "/api/purchase-order",
  summary: "A producer's purchase order (bon de commande) for a grocery and a delivery date: quantities at the agreed prices, in total and per round (HTML, A4); final once orders close",
  tag: "producers",
  access: ["admin", "coordinator", "producer"],
  query: PurchaseOrderQuerySchema,
  async handler({ services, actor, query }) {
    return { text: await purchaseOrderHtml({ services, actor: actor!, query }), headers: { "content-type": "text/html; charset=utf-8" } };
  },
});
