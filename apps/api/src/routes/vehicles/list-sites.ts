import { SiteSchema } from "@tournee/domain";
import { z } from "zod";
import { defineRoute } from "../../http/route.js";
import { listSites } from "../../use-cases/vehicles/vehicles.js";

export default defineRoute({
  method: "get",
  path: "/api/sites",
  summary: "Warehouses, bakeries and depots vehicles start from",
  tag: "vehicles",
  access: ["admin", "coordinator"],
  response: z.array(SiteSchema),
  async handler({ services, actor }) {
    return { body: await listSites({ services, actor: actor! }) };
  },
});
