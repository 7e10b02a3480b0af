import { DelegationSchema, IdParamsSchema } from "@tournee/domain";
import { z } from "zod";
import { defineRoute } from "../../http/route.js";
import { listDelegations } from "../../use-cases/delegations/delegations.js";

export default defineRoute({
  method: "get",
  path: "/api/households/:id/delegations",
  summary: "The relays a household delegated its orders to, current and revoked (its coordinators, or the household itself)",
  tag: "delegations",
  access: ["admin", "coordinator", "resident"],
  params: IdParamsSchema,
  response: z.array(DelegationSchema),
  async handler({ services, actor, params }) {
    return { body: await listDelegations({ services, actor, householdId: params.id }) };
  },
});
