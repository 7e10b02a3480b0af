import { AmapCandidatesSchema, IdParamsSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { subscriptionCandidates } from "../../use-cases/amap/subscriptions.js";

export default defineRoute({
  method: "get",
  path: "/api/amap/contracts/:id/candidates",
  summary: "Households of the carrying grocery the AMAP may subscribe by phone, with the halt they come to and their home drop, and the grocery's halts",
  tag: "amap",
  access: ["admin", "coordinator"],
  params: IdParamsSchema,
  response: AmapCandidatesSchema,
  async handler({ services, actor, params }) {
    return { body: await subscriptionCandidates({ services, actor, id: params.id }) };
  },
});
