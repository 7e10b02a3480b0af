import { BreadDaySchema, BreadQuerySchema } from "@tournee/domain";
import { z } from "zod";
import { defineRoute } from "../../http/route.js";
import { listBread } from "../../use-cases/bakery/list-bread.js";

export default defineRoute({
  method: "get",
  path: "/api/bread",
  summary: "Bread ordered per bake day, round, halt and product, with cutoffs and collection times: a bakery's on every round, another organisation's on its own rounds",
  tag: "bakery",
  access: ["admin", "coordinator"],
  query: BreadQuerySchema,
  response: z.array(BreadDaySchema),
  async handler({ services, actor, query }) {
    return { body: await listBread({ services, actor, ...query }) };
  },
});
