import { IdParamsSchema, OfferPatchSchema, OfferSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { updateOffer } from "../../use-cases/catalogue/offers.js";

export default defineRoute({
  method: "patch",
  path: "/api/offers/:id",
  summary: "Switch an offer's social pricing or withdraw it",
  tag: "catalogue",
  access: ["admin", "coordinator"],
  params: IdParamsSchema,
  body: OfferPatchSchema,
  response: OfferSchema,
  async handler({ services, actor, params, body }) {
    return { body: await updateOffer({ services, actor: actor!, id: params.id, patch: body }) };
  },
});
