import { IdParamsSchema, OfferStockInputSchema, OfferStockSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { setOfferStock } from "../../use-cases/catalogue/offer-stock.js";

export default defineRoute({
  method: "put",
  path: "/api/offers/:id/stock",
  summary: "Set how many units a round carries on a date, or the one-off passages of a date (templateId null); never below what is already ordered",
  tag: "catalogue",
  access: ["admin", "coordinator"],
  params: IdParamsSchema,
  body: OfferStockInputSchema,
  response: OfferStockSchema,
  async handler({ services, actor, params, body }) {
    return { body: await setOfferStock({ services, actor: actor!, id: params.id, input: body }) };
  },
});
