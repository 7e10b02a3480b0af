import { IdParamsSchema, PersonSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { setDisabled } from "../../use-cases/admin/roles.js";

export default defineRoute({
  method: "post",
  path: "/api/admin/people/:id/enable",
  summary: "Enable a disabled account again (admins)",
  tag: "admin",
  access: ["admin"],
  params: IdParamsSchema,
  response: PersonSchema,
  async handler({ services, actor, params }) {
    return { body: await setDisabled({ services, actor, userId: params.id, disabled: false }) };
  },
});
