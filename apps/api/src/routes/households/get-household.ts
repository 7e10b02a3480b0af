import { HouseholdSchema, IdParamsSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { getHousehold } from "../../use-cases/households/get-household.js";

export default defineRoute({
  method: "get",
  path: "/api/households/:id",
  summary: "One household, if the signed-in person may see it",
  tag: "households",
  access: ["admin", "coordinator", "referrer", "resident", "relay"],
  params: IdParamsSchema,
  response: HouseholdSchema,
  async handler({ services, actor, params }) {
    return { body: await getHousehold({ services, actor: actor, id: params.id }) };
  },
});
