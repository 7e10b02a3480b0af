import { ChangeRoundDriverSchema, IdParamsSchema, RoundDriversSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { changeRoundDriver } from "../../use-cases/planning/change-round-driver.js";

export default defineRoute({
  method: "put",
  path: "/api/tours/:id/driver",
  summary: "Hand the round to another driver, its stops keeping their order and times; a published round gets a new version, so the new driver's phone downloads it and the former driver's no longer lists it. Unless `reason` is `swap`, the former driver is recorded as not available that day (a day off, removed from their availability like any other)",
  tag: "tours",
  access: ["admin", "coordinator"],
  params: IdParamsSchema,
  body: ChangeRoundDriverSchema,
  response: RoundDriversSchema,
  async handler({ services, actor, params, body }) {
    return { body: await changeRoundDriver({ services, actor: actor!, tourId: params.id, driverId: body.driverId, reason: body.reason }) };
  },
});
