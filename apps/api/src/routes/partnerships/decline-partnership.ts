import { IdParamsSchema, PartnershipSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { decidePartnership } from "../../use-cases/partnerships/decide-partnership.js";

export default defineRoute({
  method: "post",
  path: "/api/partnerships/:id/decline",
  summary: "Decline a pooled round the other organisation proposed",
  tag: "partnerships",
  access: ["admin", "coordinator"],
  params: IdParamsSchema,
  response: PartnershipSchema,
  async handler({ services, actor, params }) {
    return { body: await decidePartnership({ services, actor, id: params.id, accept: false }) };
  },
});
