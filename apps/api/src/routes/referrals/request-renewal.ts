import { ReferralSchema, RenewalRequestSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { requestRenewal } from "../../use-cases/referrals/refer-household.js";

export default defineRoute({
  method: "post",
  path: "/api/referrals/renewals",
  summary: "Ask the grocery to renew a referred household's eligibility for a new period (one waiting request per household)",
  tag: "referrals",
  access: ["referrer"],
  body: RenewalRequestSchema,
  response: ReferralSchema,
  successStatus: 201,
  async handler({ services, actor, body }) {
    return { body: await requestRenewal({ services, actor, input: body }) };
  },
});
