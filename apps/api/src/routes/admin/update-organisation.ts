import { AdminOrganisationSchema, IdParamsSchema, OrganisationPatchSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { updateOrganisation } from "../../use-cases/admin/organisations.js";

export default defineRoute({
  method: "patch",
  path: "/api/admin/organisations/:id",
  summary: "Change an organisation's settings (admins); the audit log keeps what changed",
  tag: "admin",
  access: ["admin"],
  params: IdParamsSchema,
  body: OrganisationPatchSchema,
  response: AdminOrganisationSchema,
  async handler({ services, actor, params, body }) {
    return { body: await updateOrganisation({ services, actor, id: params.id, patch: body }) };
  },
});
