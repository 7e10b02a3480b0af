import { AdminOrganisationSchema } from "@tournee/domain";
import { z } from "zod";
import { defineRoute } from "../../http/route.js";
import { listOrganisations } from "../../use-cases/admin/organisations.js";

export default defineRoute({
  method: "get",
  path: "/api/admin/organisations",
  summary: "Every organisation with its settings and how many people hold a role in it (admins)",
  tag: "admin",
  access: ["admin"],
  response: z.array(AdminOrganisationSchema),
  async handler({ services, actor }) {
    return { body: await listOrganisations({ services, actor }) };
  },
});
