import { VehicleSchema } from "@tournee/domain";
import { z } from "zod";
import { defineRoute } from "../../http/route.js";
import { listVehicles } from "../../use-cases/vehicles/vehicles.js";

export default defineRoute({
  method: "get",
  path: "/api/vehicles",
  summary: "Vehicles of the organisations you coordinate, with their compartments",
  tag: "vehicles",
  access: ["admin", "coordinator"],
  response: z.array(VehicleSchema),
  async handler({ services, actor }) {
    return { body: await listVehicles({ services, actor: actor! }) };
  },
});
