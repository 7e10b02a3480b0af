import { CreditClaimDisputeSchema, CreditClaimSchema, IdParamsSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { disputeClaim } from "../../use-cases/ledger/close-claim.js";

export default defineRoute({
  method: "post",
  path: "/api/ledger/claims/:id/dispute",
  summary: "Dispute a pending claim addressed to the caller's organisation, saying why; nothing is posted",
  tag: "ledger",
  access: ["admin", "coordinator"],
  params: IdParamsSchema,
  body: CreditClaimDisputeSchema,
  response: CreditClaimSchema,
  async handler({ services, actor, params, body }) {
    return { body: await disputeClaim({ services, actor, id: params.id, reason: body.reason }) };
  },
});
