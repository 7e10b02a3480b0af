import { DeliveryNoteQuerySchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { deliveryNoteHtml } from "../../use-cases/producers/delivery-note.js";

export default defineRoute({
  method: "get",
  path: "/api/delivery-note",
  summary: "A producer's delivery note (bon de livraison) for a grocery and a delivery date: ordered against received per product, at the agreed prices, with why goods fell short (HTML, A4)",
  tag: "producers",
  access: ["admin", "coordinator", "producer"],
  query: DeliveryNoteQuerySchema,
  async handler({ services, actor, query }) {
    return { text: await deliveryNoteHtml({ services, actor: actor!, query }), headers: { "content-type": "text/html; charset=utf-8" } };
  },
});
