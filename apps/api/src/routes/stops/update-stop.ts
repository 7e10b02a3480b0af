import { IdParamsSchema, StopPatchSchema, StopSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { updateStop } from "../../use-cases/stops/stops.js";

export default defineRoute({
  method: "patch",
  path: "/api/stops/:id",
  summary: "Rename a stop, move its pin, or archive it",
  tag: "stops",
  access: ["admin", "coordinator"],
  params: IdParamsSchema,
  body: StopPatchSchema,
  response: StopSchema,
  async handler({ services, actor, params, body }) {
    return { body: await updateStop({ services, actor: actor!, id: params.id, patch: body }) };
  },
});
