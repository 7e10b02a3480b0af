import { CatalogueListQuerySchema, OfferSchema } from "@tournee/domain";
import { z } from "zod";
import { defineRoute } from "../../http/route.js";
import { listOffers } from "../../use-cases/catalogue/offers.js";

export default defineRoute({
  method: "get",
  path: "/api/offers",
  summary: "Offers of the organisations the coordinator manages, with whether participation rates apply",
  tag: "catalogue",
  access: ["admin", "coordinator"],
  query: CatalogueListQuerySchema,
  response: z.array(OfferSchema),
  async handler({ services, actor, query }) {
    return { body: await listOffers({ services, actor: actor!, query }) };
  },
});
