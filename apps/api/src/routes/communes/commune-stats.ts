import { CommuneStatsQuerySchema, CommuneStatsSchema } from "@tournee/domain";
import { z } from "zod";
import { defineRoute } from "../../http/route.js";
import { organisationCommuneStats } from "../../use-cases/communes/commune-stats.js";

export default defineRoute({
  method: "get",
  path: "/api/commune-stats",
  summary: "Per commune where your organisation stops, per month: households served, passages, deliveries (counts below 5 are null)",
  tag: "communes",
  access: ["admin", "coordinator"],
  query: CommuneStatsQuerySchema,
  response: z.array(CommuneStatsSchema),
  async handler({ services, actor, query }) {
    return { body: await organisationCommuneStats({ services, actor: actor!, months: query.months }) };
  },
});
