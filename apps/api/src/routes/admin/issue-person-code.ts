import { IdParamsSchema, OneTimeAccessSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { issuePersonCode } from "../../use-cases/admin/people.js";

export default defineRoute({
  method: "post",
  path: "/api/admin/people/:id/login-code",
  summary: "A new one-time code for a person, answered once; their unused codes stop working (admins)",
  tag: "admin",
  access: ["admin"],
  params: IdParamsSchema,
  response: OneTimeAccessSchema,
  successStatus: 201,
  async handler({ services, actor, params }) {
    return { status: 201, body: await issuePersonCode({ services, actor, id: params.id }) };
  },
});
