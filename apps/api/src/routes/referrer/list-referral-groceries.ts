import { ReferralGrocerySchema } from "@tournee/domain";
import { z } from "zod";
import { defineRoute } from "../../http/route.js";
import { listReferralGroceries } from "../../use-cases/referrer/referred-households.js";

export default defineRoute({
  method: "get",
  path: "/api/referrer/groceries",
  summary: "The social groceries a referrer can refer a household to",
  tag: "referrals",
  access: ["referrer"],
  response: z.array(ReferralGrocerySchema),
  async handler({ services }) {
    return { body: await listReferralGroceries({ services }) };
  },
});
