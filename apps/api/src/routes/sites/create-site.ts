import { refinePostcode, SiteInputSchema, SiteSchema } from "@tournee/domain";
import { z } from "zod";
import { defineRoute } from "../../http/route.js";
import { createSite } from "../../use-cases/sites/sites.js";

export default defineRoute({
  method: "post",
  path: "/api/sites",
  summary: "Add a depot, warehouse, bakery or farm (position, address with its country, opening hours)",
  tag: "sites",
  access: ["admin", "coordinator"],
  body: SiteInputSchema.check(z.superRefine(refinePostcode)),
  response: SiteSchema,
  successStatus: 201,
  async handler({ services, actor, body }) {
    return { body: await createSite({ services, actor, input: body }) };
  },
});
