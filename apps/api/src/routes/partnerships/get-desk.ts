import { IdParamsSchema, PooledDeskSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { getPooledDesk } from "../../use-cases/partnerships/get-pooled-desk.js";

export default defineRoute({
  method: "get",
  path: "/api/partnerships/:id/desk",
  summary: "For the partner: the shared round's coming halts still open to orders, its households and its products, to place deliveries",
  tag: "partnerships",
  access: ["admin", "coordinator"],
  params: IdParamsSchema,
  response: PooledDeskSchema,
  async handler({ services, actor, params }) {
    return { body: await getPooledDesk({ services, actor, id: params.id }) };
  },
});
