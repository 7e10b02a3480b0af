import { ReferralListQuerySchema, ReferralSchema } from "@tournee/domain";
import { z } from "zod";
import { defineRoute } from "../../http/route.js";
import { listReferrals } from "../../use-cases/referrals/list-referrals.js";

export default defineRoute({
  method: "get",
  path: "/api/referrals",
  summary: "Referrals and renewal requests: a referrer's own, those sent to a coordinator's groceries; waiting ones first",
  tag: "referrals",
  access: ["admin", "coordinator", "referrer"],
  query: ReferralListQuerySchema,
  response: z.array(ReferralSchema),
  async handler({ services, actor, query }) {
    return { body: await listReferrals({ services, actor, status: query.status }) };
  },
});
