import { IdParamsSchema, PartnershipEndSchema, PartnershipSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { endPartnership } from "../../use-cases/partnerships/end-partnership.js";

export default defineRoute({
  method: "post",
  path: "/api/partnerships/:id/end",
  summary: "End a pooled round (either side), or withdraw a proposal, saying why; deliveries already placed stay on their rounds",
  tag: "partnerships",
  access: ["admin", "coordinator"],
  params: IdParamsSchema,
  body: PartnershipEndSchema,
  response: PartnershipSchema,
  async handler({ services, actor, params, body }) {
    return { body: await endPartnership({ services, actor, id: params.id, reason: body.reason }) };
  },
});
