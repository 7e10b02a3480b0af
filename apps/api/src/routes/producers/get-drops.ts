import { DropChecklistQuerySchema, DropChecklistSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { dropChecklist } from "../../use-cases/producers/warehouse-drops.js";

export default defineRoute({
  method: "get",
  path: "/api/supply/drops",
  summary: "The receiving checklist at the warehouse for a delivery date (default: the next one): what each producer bringing its goods is expected to bring, by when, what came, who is late, and the households a short count leaves short",
  tag: "producers",
  access: ["admin", "coordinator"],
  query: DropChecklistQuerySchema,
  response: DropChecklistSchema,
  async handler({ services, actor, query }) {
    return { body: await dropChecklist({ services, actor: actor!, date: query.date }) };
  },
});
