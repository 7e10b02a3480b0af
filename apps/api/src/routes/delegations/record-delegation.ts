import { DelegationInputSchema, DelegationSchema, IdParamsSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { recordDelegation } from "../../use-cases/delegations/delegations.js";

export default defineRoute({
  method: "post",
  path: "/api/households/:id/delegations",
  summary: "Record a household's consent that a relay orders for it: the day it was given, what it covers, how it was given",
  tag: "delegations",
  access: ["admin", "coordinator"],
  params: IdParamsSchema,
  body: DelegationInputSchema,
  response: DelegationSchema,
  successStatus: 201,
  async handler({ services, actor, params, body }) {
    return { body: await recordDelegation({ services, actor, householdId: params.id, input: body }) };
  },
});
