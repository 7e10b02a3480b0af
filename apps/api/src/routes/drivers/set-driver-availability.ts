import { DriverAvailabilityInputSchema, DriverSchema, IdParamsSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { setDriverAvailability } from "../../use-cases/drivers/drivers.js";

export default defineRoute({
  method: "put",
  path: "/api/drivers/:id/availability",
  summary: "Replace a driver's weekly slots in one organisation, and their dated exceptions when given",
  tag: "drivers",
  access: ["admin", "coordinator"],
  params: IdParamsSchema,
  body: DriverAvailabilityInputSchema,
  response: DriverSchema,
  async handler({ services, actor, params, body }) {
    return { body: await setDriverAvailability({ services, actor: actor!, driverId: params.id, input: body }) };
  },
});
