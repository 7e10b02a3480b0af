import { CreatedPersonSchema, PersonInputSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { createPerson } from "../../use-cases/admin/people.js";

export default defineRoute({
  method: "post",
  path: "/api/admin/people",
  summary: "Open an account by invitation (e-mail, recorded) or with a one-time code, with its roles; the code is answered once (admins)",
  tag: "admin",
  access: ["admin"],
  body: PersonInputSchema,
  response: CreatedPersonSchema,
  successStatus: 201,
  async handler({ services, actor, body }) {
    return { status: 201, body: await createPerson({ services, actor, input: body }) };
  },
});
