import { HouseholdPassageSchema, HouseholdPassagesQuerySchema } from "@tournee/domain";
import { z } from "zod";
import { defineRoute } from "../../http/route.js";
import { listHouseholdPassages } from "../../use-cases/catalogue/household-passages.js";

export default defineRoute({
  method: "get",
  path: "/api/passages",
  summary: "Upcoming passages a household can order for (usual halt, home drop): window, cutoff, open or locked, its order",
  tag: "catalogue",
  access: ["admin", "coordinator", "resident", "relay"],
  query: HouseholdPassagesQuerySchema,
  response: z.array(HouseholdPassageSchema),
  async handler({ services, actor, query }) {
    return { body: await listHouseholdPassages({ services, actor: actor!, query }) };
  },
});
