import { OfferInputSchema, OfferSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { createOffer } from "../../use-cases/catalogue/offers.js";

export default defineRoute({
  method: "post",
  path: "/api/offers",
  summary: "Offer a product to the organisation's households (socialPricing defaults to true for grocery products only)",
  tag: "catalogue",
  access: ["admin", "coordinator"],
  body: OfferInputSchema,
  response: OfferSchema,
  successStatus: 201,
  async handler({ services, actor, body }) {
    return { body: await createOffer({ services, actor: actor!, input: body }) };
  },
});
