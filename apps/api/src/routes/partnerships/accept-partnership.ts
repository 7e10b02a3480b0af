import { IdParamsSchema, PartnershipSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { decidePartnership } from "../../use-cases/partnerships/decide-partnership.js";

export default defineRoute({
  method: "post",
  path: "/api/partnerships/:id/accept",
  summary: "Accept a pooled round the other organisation proposed: the carrier's rounds carry from its first day",
  tag: "partnerships",
  access: ["admin", "coordinator"],
  params: IdParamsSchema,
  response: PartnershipSchema,
  async handler({ services, actor, params }) {
    return { body: await decidePartnership({ services, actor, id: params.id, accept: true }) };
  },
});
