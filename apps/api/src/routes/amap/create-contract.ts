import { AmapContractInputSchema, AmapContractSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { createContract } from "../../use-cases/amap/contracts.js";

export default defineRoute({
  method: "post",
  path: "/api/amap/contracts",
  summary: "Start an AMAP contract (an AMAP's or a producer's console): producer, carrying grocery, season, frequency, basket sizes and prices, what becomes of a skipped basket",
  tag: "amap",
  access: ["admin", "coordinator"],
  body: AmapContractInputSchema,
  response: AmapContractSchema,
  successStatus: 201,
  async handler({ services, actor, body }) {
    return { status: 201, body: await createContract({ services, actor, input: body }) };
  },
});
