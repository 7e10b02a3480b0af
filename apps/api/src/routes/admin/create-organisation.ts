import { AdminOrganisationSchema, OrganisationInputSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { createOrganisation } from "../../use-cases/admin/organisations.js";

export default defineRoute({
  method: "post",
  path: "/api/admin/organisations",
  summary: "Create an organisation: kind, name, address, time zone, order cutoff, default price policy (admins)",
  tag: "admin",
  access: ["admin"],
  body: OrganisationInputSchema,
  response: AdminOrganisationSchema,
  successStatus: 201,
  async handler({ services, actor, body }) {
    return { status: 201, body: await createOrganisation({ services, actor, input: body }) };
  },
});
