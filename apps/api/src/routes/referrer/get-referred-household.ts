import { IdParamsSchema, ReferredHouseholdDetailSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { getReferredHousehold } from "../../use-cases/referrer/referred-households.js";

export default defineRoute({
  method: "get",
  path: "/api/referrer/households/:id",
  summary: "A referred household as its referrer needs it: identity, contact, eligibility history, requests, and its attendance if it agreed",
  tag: "referrals",
  access: ["referrer"],
  params: IdParamsSchema,
  response: ReferredHouseholdDetailSchema,
  async handler({ services, actor, params }) {
    return { body: await getReferredHousehold({ services, actor, id: params.id }) };
  },
});
