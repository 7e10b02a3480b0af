import { ReferredHouseholdSchema } from "@tournee/domain";
import { z } from "zod";
import { defineRoute } from "../../http/route.js";
import { listReferredHouseholds } from "../../use-cases/referrer/referred-households.js";

export default defineRoute({
  method: "get",
  path: "/api/referrer/households",
  summary: "The households the signed-in referrer referred, with where their eligibility stands, most urgent first",
  tag: "referrals",
  access: ["referrer"],
  response: z.array(ReferredHouseholdSchema),
  async handler({ services, actor }) {
    return { body: await listReferredHouseholds({ services, actor }) };
  },
});
