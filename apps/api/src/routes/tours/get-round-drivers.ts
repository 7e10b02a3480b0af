import { IdParamsSchema, RoundDriversSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { roundDrivers } from "../../use-cases/planning/change-round-driver.js";

export default defineRoute({
  method: "get",
  path: "/api/tours/:id/drivers",
  summary: "Who could take the round instead of its driver (a sick day): the organisation's drivers, free ones first, the others with why not (not available, other hours, another round at that time); `blocked` when it cannot be handed over at all",
  tag: "tours",
  access: ["admin", "coordinator"],
  params: IdParamsSchema,
  response: RoundDriversSchema,
  async handler({ services, actor, params }) {
    return { body: await roundDrivers({ services, actor: actor!, tourId: params.id }) };
  },
});
