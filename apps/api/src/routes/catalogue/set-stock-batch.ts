import { OfferStockBatchSchema, OfferStockSchema } from "@tournee/domain";
import { z } from "zod";
import { defineRoute } from "../../http/route.js";
import { setStockBatch } from "../../use-cases/catalogue/offer-stock.js";

export default defineRoute({
  method: "put",
  path: "/api/offer-stock",
  summary: "Set the stock of several offers, rounds and dates in one call: all entries, or none (409 names each quantity below what is already ordered)",
  tag: "catalogue",
  access: ["admin", "coordinator"],
  body: OfferStockBatchSchema,
  response: z.object({ entries: z.array(OfferStockSchema) }),
  async handler({ services, actor, body }) {
    return { body: await setStockBatch({ services, actor, input: body }) };
  },
});
