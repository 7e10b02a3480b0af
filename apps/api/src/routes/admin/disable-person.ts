import { IdParamsSchema, PersonSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { setDisabled } from "../../use-cases/admin/roles.js";

export default defineRoute({
  method: "post",
  path: "/api/admin/people/:id/disable",
  summary: "Disable an account: its sessions end at once; refused for oneself or the last administrator (admins)",
  tag: "admin",
  access: ["admin"],
  params: IdParamsSchema,
  response: PersonSchema,
  async handler({ services, actor, params }) {
    return { body: await setDisabled({ services, actor, userId: params.id, disabled: true }) };
  },
});
