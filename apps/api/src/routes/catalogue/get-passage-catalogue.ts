import { CatalogueQuerySchema, CatalogueSchema, IdParamsSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { passageCatalogue } from "../../use-cases/catalogue/passage-catalogue.js";

export default defineRoute({
  method: "get",
  path: "/api/passages/:id/catalogue",
  summary: "What a household can order on a passage, at the price it pays, with stock left, monthly credit left and the cutoff",
  tag: "catalogue",
  access: ["admin", "coordinator", "resident", "relay"],
  params: IdParamsSchema,
  query: CatalogueQuerySchema,
  response: CatalogueSchema,
  async handler({ services, actor, params, query }) {
    return { body: await passageCatalogue({ services, actor: actor!, passageId: params.id, householdId: query.householdId }) };
  },
});
