import { IdParamsSchema, ReferralSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { getReferral } from "../../use-cases/referrals/list-referrals.js";

export default defineRoute({
  method: "get",
  path: "/api/referrals/:id",
  summary: "One referral or renewal request, for its referrer or the grocery's coordinators",
  tag: "referrals",
  access: ["admin", "coordinator", "referrer"],
  params: IdParamsSchema,
  response: ReferralSchema,
  async handler({ services, actor, params }) {
    return { body: await getReferral({ services, actor, id: params.id }) };
  },
});
