import { PartnershipsOverviewSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { listPartnerships } from "../../use-cases/partnerships/list-partnerships.js";

export default defineRoute({
  method: "get",
  path: "/api/partnerships",
  summary: "Pooled rounds of the console's organisation (as carrier or partner), the organisations it may propose one to, and its weekly rounds",
  tag: "partnerships",
  access: ["admin", "coordinator"],
  response: PartnershipsOverviewSchema,
  async handler({ services, actor }) {
    return { body: await listPartnerships({ services, actor }) };
  },
});
