import { HouseholdHistorySchema, IdParamsSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { householdHistory } from "../../use-cases/households/household-history.js";

export default defineRoute({
  method: "get",
  path: "/api/households/:id/history",
  summary: "Coordinators: a household's orders, passages attended or missed, payments and the balance still owed",
  tag: "households",
  access: ["admin", "coordinator"],
  params: IdParamsSchema,
  response: HouseholdHistorySchema,
  async handler({ services, actor, params }) {
    return { body: await householdHistory({ services, actor, householdId: params.id }) };
  },
});
