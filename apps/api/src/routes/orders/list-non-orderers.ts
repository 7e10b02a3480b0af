import { IdParamsSchema, NonOrderersSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { listNonOrderers } from "../../use-cases/orders/non-orderers.js";

export default defineRoute({
  method: "get",
  path: "/api/passages/:id/non-orderers",
  summary: "Coordinators: the households expected at a passage (usual halt, home drop) with no order yet, their phone and their last order",
  tag: "orders",
  access: ["admin", "coordinator"],
  params: IdParamsSchema,
  response: NonOrderersSchema,
  async handler({ services, actor, params }) {
    return { body: await listNonOrderers({ services, actor, passageId: params.id }) };
  },
});
