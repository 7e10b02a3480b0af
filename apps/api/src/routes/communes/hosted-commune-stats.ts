import { CommuneStatsQuerySchema, CommuneStatsSchema } from "@tournee/domain";
import { z } from "zod";
import { HOST_ROLES } from "../../auth/scopes.js";
import { defineRoute } from "../../http/route.js";
import { hostedCommuneStats } from "../../use-cases/communes/commune-stats.js";

export default defineRoute({
  method: "get",
  path: "/api/hosted-halts/stats",
  summary: "Per month, in the communes of the halts you host: households served, passages, deliveries (counts below 5 are null)",
  tag: "communes",
  access: HOST_ROLES,
  query: CommuneStatsQuerySchema,
  response: z.array(CommuneStatsSchema),
  async handler({ services, actor, query }) {
    return { body: await hostedCommuneStats({ services, actor: actor!, months: query.months }) };
  },
});
