import { HouseholdInputSchema, HouseholdSchema, refinePostcode } from "@tournee/domain";
import { z } from "zod";
import { defineRoute } from "../../http/route.js";
import { createHousehold } from "../../use-cases/households/save-household.js";

export default defineRoute({
  method: "post",
  path: "/api/households",
  summary: "Register a household in an organisation you coordinate; one that needs home drops gets its home-drop stop at its address",
  tag: "households",
  access: ["admin", "coordinator"],
  body: z.strictObject({ ...HouseholdInputSchema.shape, organisationId: z.uuid() }).check(z.superRefine(refinePostcode)),
  response: HouseholdSchema,
  successStatus: 201,
  async handler({ services, actor, body }) {
    const { organisationId, ...input } = body;
    return { body: await createHousehold({ services, actor: actor, organisationId, input }) };
  },
});
