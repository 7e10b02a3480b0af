import { AmapContractSchema } from "@tournee/domain";
import { z } from "zod";
import { defineRoute } from "../../http/route.js";
import { listContracts } from "../../use-cases/amap/contracts.js";

export default defineRoute({
  method: "get",
  path: "/api/amap/contracts",
  summary: "AMAP contracts the console's organisation runs, or carries on its rounds: season, sizes and prices, members",
  tag: "amap",
  access: ["admin", "coordinator"],
  response: z.array(AmapContractSchema),
  async handler({ services, actor }) {
    return { body: await listContracts({ services, actor }) };
  },
});
