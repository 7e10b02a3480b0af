import { HouseholdListQuerySchema, HouseholdSchema } from "@tournee/domain";
import { z } from "zod";
import { defineRoute } from "../../http/route.js";
import { listHouseholds } from "../../use-cases/households/list-households.js";

export default defineRoute({
  method: "get",
  path: "/api/households",
  summary: "Households the signed-in person may see (their organisation's, referred, or their own)",
  tag: "households",
  access: ["admin", "coordinator", "referrer", "resident", "relay"],
  query: HouseholdListQuerySchema,
  response: z.array(HouseholdSchema),
  async handler({ services, actor, query }) {
    return { body: await listHouseholds({ services, actor: actor, ...query }) };
  },
});
