import { IdParamsSchema, VehiclePatchSchema, VehicleSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { updateVehicle } from "../../use-cases/vehicles/vehicles.js";

export default defineRoute({
  method: "patch",
  path: "/api/vehicles/:id",
  summary: "Change a vehicle; `compartments` replaces all its capacities; `active: false` retires it (409 `rounds_to_come` while published or in-progress rounds to come use it), `true` puts it back in service",
  tag: "vehicles",
  access: ["admin", "coordinator"],
  params: IdParamsSchema,
  body: VehiclePatchSchema,
  response: VehicleSchema,
  async handler({ services, actor, params, body }) {
    return { body: await updateVehicle({ services, actor: actor!, id: params.id, patch: body }) };
  },
});
