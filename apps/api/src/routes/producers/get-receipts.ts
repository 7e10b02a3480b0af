import { FarmReceiptsSchema, SupplyMonthQuerySchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { farmReceipts } from "../../use-cases/producers/farm-receipts.js";

export default defineRoute({
  method: "get",
  path: "/api/supply/receipts",
  summary: "What the organisation's drivers received at the farms in a month, against the purchase orders, with the households whose goods fell short",
  tag: "producers",
  access: ["admin", "coordinator"],
  query: SupplyMonthQuerySchema,
  response: FarmReceiptsSchema,
  async handler({ services, actor, query }) {
    return { body: await farmReceipts({ services, actor: actor!, query }) };
  },
});
