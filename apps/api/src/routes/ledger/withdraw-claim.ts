import { CreditClaimSchema, IdParamsSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { withdrawClaim } from "../../use-cases/ledger/close-claim.js";

export default defineRoute({
  method: "post",
  path: "/api/ledger/claims/:id/withdraw",
  summary: "Withdraw a pending or disputed claim the caller's organisation made",
  tag: "ledger",
  access: ["admin", "coordinator"],
  params: IdParamsSchema,
  response: CreditClaimSchema,
  async handler({ services, actor, params }) {
    return { body: await withdrawClaim({ services, actor, id: params.id }) };
  },
});
