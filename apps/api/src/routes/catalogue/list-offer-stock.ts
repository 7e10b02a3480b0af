import { IdParamsSchema, LocalDateSchema, OfferStockSchema } from "@tournee/domain";
import { z } from "zod";
import { defineRoute } from "../../http/route.js";
import { listOfferStock } from "../../use-cases/catalogue/offers.js";

export default defineRoute({
  method: "get",
  path: "/api/offers/:id/stock",
  summary: "Units each round carries of an offer, by date (from today unless a period is given), with what is already ordered",
  tag: "catalogue",
  access: ["admin", "coordinator"],
  params: IdParamsSchema,
  query: z.strictObject({ from: z.optional(LocalDateSchema), to: z.optional(LocalDateSchema) }),
  response: z.array(OfferStockSchema),
  async handler({ services, actor, params, query }) {
    return { body: await listOfferStock({ services, actor: actor!, id: params.id, ...query }) };
  },
});
