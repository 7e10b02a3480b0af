import { ProducerStatementsSchema, SupplyMonthQuerySchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { producerStatements } from "../../use-cases/producers/producer-statements.js";

export default defineRoute({
  method: "get",
  path: "/api/supply/statements",
  summary: "What a grocery owes its producers for a month (received goods at the agreed prices, AMAP baskets): a producer's staff read their farm's, coordinators their organisation's",
  tag: "producers",
  access: ["admin", "coordinator", "producer"],
  query: SupplyMonthQuerySchema,
  response: ProducerStatementsSchema,
  async handler({ services, actor, query }) {
    return { body: await producerStatements({ services, actor: actor!, query }) };
  },
});
