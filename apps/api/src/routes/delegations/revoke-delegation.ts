import { DelegationRevocationSchema, DelegationSchema, IdParamsSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { revokeDelegation } from "../../use-cases/delegations/delegations.js";

export default defineRoute({
  method: "post",
  path: "/api/delegations/:id/revoke",
  summary: "Revoke a delegation (the household itself or its coordinators); the relay no longer reaches the household",
  tag: "delegations",
  access: ["admin", "coordinator", "resident"],
  params: IdParamsSchema,
  body: DelegationRevocationSchema,
  response: DelegationSchema,
  async handler({ services, actor, params, body }) {
    return { body: await revokeDelegation({ services, actor, id: params.id, reason: body.reason }) };
  },
});
