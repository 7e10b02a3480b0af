import { SiteListQuerySchema, SiteSchema } from "@tournee/domain";
import { z } from "zod";
import { defineRoute } from "../../http/route.js";
import { listSites } from "../../use-cases/sites/sites.js";

export default defineRoute({
  method: "get",
  path: "/api/sites",
  summary: "Depots, warehouses, bakeries and farms of the organisations you coordinate, with the vehicles in service that start from each (retired ones with archived=true)",
  tag: "sites",
  access: ["admin", "coordinator"],
  query: SiteListQuerySchema,
  response: z.array(SiteSchema),
  async handler({ services, actor, query }) {
    return { body: await listSites({ services, actor, query }) };
  },
});
