import { VehicleInputSchema, VehicleSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { createVehicle } from "../../use-cases/vehicles/vehicles.js";

export default defineRoute({
  method: "post",
  path: "/api/vehicles",
  summary: "Add a vehicle with its compartments' capacities",
  tag: "vehicles",
  access: ["admin", "coordinator"],
  body: VehicleInputSchema,
  response: VehicleSchema,
  successStatus: 201,
  async handler({ services, actor, body }) {
    return { body: await createVehicle({ services, actor: actor!, input: body }) };
  },
});
