import { IdParamsSchema, ReferralRefusalSchema, ReferralSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { refuseReferral } from "../../use-cases/referrals/decide-referral.js";

export default defineRoute({
  method: "post",
  path: "/api/referrals/:id/refuse",
  summary: "Refuse a referral with a reason the referrer reads (decided once; again answers conflict)",
  tag: "referrals",
  access: ["admin", "coordinator"],
  params: IdParamsSchema,
  body: ReferralRefusalSchema,
  response: ReferralSchema,
  async handler({ services, actor, params, body }) {
    return { body: await refuseReferral({ services, actor, id: params.id, reason: body.reason }) };
  },
});
