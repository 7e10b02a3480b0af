import { IdSchema, PersonSchema } from "@tournee/domain";
import { z } from "zod";
import { defineRoute } from "../../http/route.js";
import { revokeRole } from "../../use-cases/admin/roles.js";

export default defineRoute({
  method: "delete",
  path: "/api/admin/people/:id/roles/:roleId",
  summary: "Take a role back (admins); refused for the last administrator (last_admin) or a driver with published rounds to come (rounds_to_come)",
  tag: "admin",
  access: ["admin"],
  params: z.strictObject({ id: IdSchema, roleId: IdSchema }),
  response: PersonSchema,
  async handler({ services, actor, params }) {
    return { body: await revokeRole({ services, actor, userId: params.id, membershipId: params.roleId }) };
  },
});
