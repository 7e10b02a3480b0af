import { HouseholdPatchSchema, HouseholdSchema, IdParamsSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { updateHousehold } from "../../use-cases/households/save-household.js";

export default defineRoute({
  method: "patch",
  path: "/api/households/:id",
  summary: "Change a household's details",
  tag: "households",
  access: ["admin", "coordinator"],
  params: IdParamsSchema,
  body: HouseholdPatchSchema,
  response: HouseholdSchema,
  async handler({ services, actor, params, body }) {
    return { body: await updateHousehold({ services, actor: actor, id: params.id, patch: body }) };
  },
});
