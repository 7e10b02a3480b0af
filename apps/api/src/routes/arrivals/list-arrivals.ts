import { ArrivalSchema, ArrivalsQuerySchema } from "@tournee/domain";
import { z } from "zod";
import { defineRoute } from "../../http/route.js";
import { listArrivals } from "../../use-cases/arrivals/list-arrivals.js";

export default defineRoute({
  method: "get",
  path: "/api/arrivals",
  summary: "Estimated arrival at a household's upcoming passages whose round is published",
  tag: "arrivals",
  access: ["admin", "coordinator", "resident", "relay"],
  query: ArrivalsQuerySchema,
  response: z.array(ArrivalSchema),
  async handler({ services, actor, query }) {
    return { body: await listArrivals({ services, actor: actor!, householdId: query.householdId }) };
  },
});
