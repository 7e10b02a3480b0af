import { AmapContractPatchSchema, AmapContractSchema, IdParamsSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { changeContract } from "../../use-cases/amap/change-contract.js";

export default defineRoute({
  method: "patch",
  path: "/api/amap/contracts/:id",
  summary: "Change an AMAP contract (name, season, frequency, skip rule, basket sizes and prices) or end its season early by setting lastDate to today; the open weeks' baskets follow",
  tag: "amap",
  access: ["admin", "coordinator"],
  params: IdParamsSchema,
  body: AmapContractPatchSchema,
  response: AmapContractSchema,
  async handler({ services, actor, params, body }) {
    return { body: await changeContract({ services, actor, id: params.id, input: body }) };
  },
});
