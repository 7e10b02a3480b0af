import { IdParamsSchema, ReferralAcceptanceSchema, ReferralSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { acceptReferral } from "../../use-cases/referrals/decide-referral.js";

export default defineRoute({
  method: "post",
  path: "/api/referrals/:id/accept",
  summary: "Accept a referral: a new household is created with the record given, and its eligibility as proposed (decided once; again answers conflict)",
  tag: "referrals",
  access: ["admin", "coordinator"],
  params: IdParamsSchema,
  body: ReferralAcceptanceSchema,
  response: ReferralSchema,
  async handler({ services, actor, params, body }) {
    return { body: await acceptReferral({ services, actor, id: params.id, input: body }) };
  },
});
