import { PassageParamsSchema, VehicleAlternativesSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { vehicleAlternatives } from "../../use-cases/planning/vehicle-alternatives.js";

export default defineRoute({
  method: "get",
  path: "/api/tours/:id/passages/:passageId/alternatives",
  summary: "Why this vehicle: what moving the stop to each other round of the day would add (km, driving and working time) or break (late stops, capacity, hours), scored by the solver's plan mode",
  tag: "tours",
  access: ["admin", "coordinator"],
  params: PassageParamsSchema,
  response: VehicleAlternativesSchema,
  async handler({ services, actor, params }) {
    return { body: await vehicleAlternatives({ services, actor: actor!, tourId: params.id, passageId: params.passageId }) };
  },
});
