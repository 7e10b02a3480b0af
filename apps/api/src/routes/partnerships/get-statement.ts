import { IdParamsSchema, PooledStatementQuerySchema, PooledStatementSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { getPooledStatement } from "../../use-cases/partnerships/get-pooled-statement.js";

export default defineRoute({
  method: "get",
  path: "/api/partnerships/:id/statement",
  summary: "A month of the shared round's cost (default: this month), the same for both sides: each round's km and hours as planned, at the carrier's rates, and the partner's share by the key",
  tag: "partnerships",
  access: ["admin", "coordinator"],
  params: IdParamsSchema,
  query: PooledStatementQuerySchema,
  response: PooledStatementSchema,
  async handler({ services, actor, params, query }) {
    return { body: await getPooledStatement({ services, actor, id: params.id, month: query.month }) };
  },
});
