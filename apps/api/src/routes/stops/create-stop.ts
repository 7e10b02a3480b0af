import { StopInputSchema, StopSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { createStop } from "../../use-cases/stops/stops.js";

export default defineRoute({
  method: "post",
  path: "/api/stops",
  summary: "Add a halt (or a household's home drop) with its pin",
  tag: "stops",
  access: ["admin", "coordinator"],
  body: StopInputSchema,
  response: StopSchema,
  successStatus: 201,
  async handler({ services, actor, body }) {
    return { body: await createStop({ services, actor: actor!, input: body }) };
  },
});
