import { NewHouseholdReferralSchema, ReferralSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { referHousehold } from "../../use-cases/referrals/refer-household.js";

export default defineRoute({
  method: "post",
  path: "/api/referrals",
  summary: "Refer a new household to a social grocery, with the eligibility the commission decided; waits for the grocery's decision",
  tag: "referrals",
  access: ["referrer"],
  body: NewHouseholdReferralSchema,
  response: ReferralSchema,
  successStatus: 201,
  async handler({ services, actor, body }) {
    return { body: await referHousehold({ services, actor, input: body }) };
  },
});
