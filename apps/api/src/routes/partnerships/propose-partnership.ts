import { PartnershipCreateSchema, PartnershipSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { proposePartnership } from "../../use-cases/partnerships/propose-partnership.js";

export default defineRoute({
  method: "post",
  path: "/api/partnerships",
  summary: "Propose a pooled round to another organisation (the console's organisation carries, or is carried); it counts once the other accepts",
  tag: "partnerships",
  access: ["admin", "coordinator"],
  body: PartnershipCreateSchema,
  response: PartnershipSchema,
  successStatus: 201,
  async handler({ services, actor, body }) {
    return { status: 201, body: await proposePartnership({ services, actor, input: body }) };
  },
});
