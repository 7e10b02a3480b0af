import { CreditClaimCreateSchema, CreditClaimSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { recordClaim } from "../../use-cases/ledger/record-claim.js";

export default defineRoute({
  method: "post",
  path: "/api/ledger/claims",
  summary: "Record a service given to another member, for it to accept; the same key records once (answered 200 with the claim already recorded)",
  tag: "ledger",
  access: ["admin", "coordinator"],
  body: CreditClaimCreateSchema,
  response: CreditClaimSchema,
  successStatus: 201,
  async handler({ services, actor, body }) {
    const { claim, replayed } = await recordClaim({ services, actor, input: body });
    return { status: replayed ? 200 : 201, body: claim };
  },
});
