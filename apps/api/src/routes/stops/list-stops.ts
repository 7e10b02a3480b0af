import { StopListQuerySchema, StopSchema } from "@tournee/domain";
import { z } from "zod";
import { defineRoute } from "../../http/route.js";
import { listStops } from "../../use-cases/stops/stops.js";

export default defineRoute({
  method: "get",
  path: "/api/stops",
  summary: "Halts and home drops of the organisations you coordinate",
  tag: "stops",
  access: ["admin", "coordinator"],
  query: StopListQuerySchema,
  response: z.array(StopSchema),
  async handler({ services, actor, query }) {
    return { body: await listStops({ services, actor: actor!, query }) };
  },
});
