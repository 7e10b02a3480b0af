import { IdParamsSchema, PersonSchema, RoleGrantSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { grantRole } from "../../use-cases/admin/roles.js";

export default defineRoute({
  method: "post",
  path: "/api/admin/people/:id/roles",
  summary: "Give a person a role in an organisation (admins)",
  tag: "admin",
  access: ["admin"],
  params: IdParamsSchema,
  body: RoleGrantSchema,
  response: PersonSchema,
  async handler({ services, actor, params, body }) {
    return { body: await grantRole({ services, actor, userId: params.id, grant: body }) };
  },
});
