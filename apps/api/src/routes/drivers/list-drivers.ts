import { DriverSchema } from "@tournee/domain";
import { z } from "zod";
import { defineRoute } from "../../http/route.js";
import { listDrivers } from "../../use-cases/drivers/drivers.js";

export default defineRoute({
  method: "get",
  path: "/api/drivers",
  summary: "Drivers of the organisations you coordinate, with their availability",
  tag: "drivers",
  access: ["admin", "coordinator"],
  response: z.array(DriverSchema),
  async handler({ services, actor }) {
    return { body: await listDrivers({ services, actor: actor! }) };
  },
});
