import { CreditClaimSchema, IdParamsSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { acceptClaim } from "../../use-cases/ledger/accept-claim.js";

export default defineRoute({
  method: "post",
  path: "/api/ledger/claims/:id/accept",
  summary: "Accept a claim addressed to the caller's organisation: its entry is posted, once",
  tag: "ledger",
  access: ["admin", "coordinator"],
  params: IdParamsSchema,
  response: CreditClaimSchema,
  async handler({ services, actor, params }) {
    return { body: await acceptClaim({ services, actor, id: params.id }) };
  },
});
