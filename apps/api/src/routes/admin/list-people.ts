import { PeopleQuerySchema, PersonSchema } from "@tournee/domain";
import { z } from "zod";
import { defineRoute } from "../../http/route.js";
import { listPeople } from "../../use-cases/admin/people.js";

export default defineRoute({
  method: "get",
  path: "/api/admin/people",
  summary: "People with their roles per organisation, last sign-in and invitation (admins); residents only when asked",
  tag: "admin",
  access: ["admin"],
  query: PeopleQuerySchema,
  response: z.array(PersonSchema),
  async handler({ services, actor, query }) {
    return { body: await listPeople({ services, actor, query }) };
  },
});
