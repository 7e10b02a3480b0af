import { EligibilityInputSchema, EligibilitySchema, IdParamsSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { grantEligibility } from "../../use-cases/households/eligibilities.js";

export default defineRoute({
  method: "post",
  path: "/api/households/:id/eligibilities",
  summary: "Grant or renew a household's eligibility for social prices (the grocery's coordinators; a referrer asks with POST /api/referrals/renewals)",
  tag: "households",
  access: ["admin", "coordinator"],
  params: IdParamsSchema,
  body: EligibilityInputSchema,
  response: EligibilitySchema,
  successStatus: 201,
  async handler({ services, actor, params, body }) {
    return { body: await grantEligibility({ services, actor: actor, householdId: params.id, input: body }) };
  },
});
