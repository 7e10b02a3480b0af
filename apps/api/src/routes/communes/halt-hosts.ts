import { HaltHostSchema } from "@tournee/domain";
import { z } from "zod";
import { defineRoute } from "../../http/route.js";
import { listHaltHosts } from "../../use-cases/communes/halt-host.js";

export default defineRoute({
  method: "get",
  path: "/api/halt-hosts",
  summary: "Partner organisations (town halls, associations) that may host a halt",
  tag: "communes",
  access: ["admin", "coordinator"],
  response: z.array(HaltHostSchema),
  async handler({ services }) {
    return { body: await listHaltHosts({ services }) };
  },
});
