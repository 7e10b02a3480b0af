import { EligibilitySchema, IdParamsSchema } from "@tournee/domain";
import { z } from "zod";
import { defineRoute } from "../../http/route.js";
import { listEligibilities } from "../../use-cases/households/eligibilities.js";

export default defineRoute({
  method: "get",
  path: "/api/households/:id/eligibilities",
  summary: "A household's eligibility for social prices and its history (coordinators and referrers only)",
  tag: "households",
  access: ["admin", "coordinator", "referrer"],
  params: IdParamsSchema,
  response: z.array(EligibilitySchema),
  async handler({ services, actor, params }) {
    return { body: await listEligibilities({ services, actor: actor, householdId: params.id }) };
  },
});
