import { IdParamsSchema, ReferralSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { withdrawReferral } from "../../use-cases/referrals/decide-referral.js";

export default defineRoute({
  method: "post",
  path: "/api/referrals/:id/withdraw",
  summary: "Withdraw one's own referral or renewal request while it waits",
  tag: "referrals",
  access: ["referrer"],
  params: IdParamsSchema,
  response: ReferralSchema,
  async handler({ services, actor, params }) {
    return { body: await withdrawReferral({ services, actor, id: params.id }) };
  },
});
