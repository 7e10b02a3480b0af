import { IdParamsSchema, SitePatchSchema, SiteSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { updateSite } from "../../use-cases/sites/sites.js";

export default defineRoute({
  method: "patch",
  path: "/api/sites/:id",
  summary: "Change or move a site; `archived: true` retires it (409 site_in_use while vehicles in service start from it)",
  tag: "sites",
  access: ["admin", "coordinator"],
  params: IdParamsSchema,
  body: SitePatchSchema,
  response: SiteSchema,
  async handler({ services, actor, params, body }) {
    return { body: await updateSite({ services, actor, id: params.id, patch: body }) };
  },
});
