import { AmapContractDetailSchema, IdParamsSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { contractDetail } from "../../use-cases/amap/contracts.js";

export default defineRoute({
  method: "get",
  path: "/api/amap/contracts/:id",
  summary: "An AMAP contract with its members (size, halt or home, solidarity basket, weeks skipped) and its coming delivery weeks",
  tag: "amap",
  access: ["admin", "coordinator"],
  params: IdParamsSchema,
  response: AmapContractDetailSchema,
  async handler({ services, actor, params }) {
    return { body: await contractDetail({ services, actor, id: params.id }) };
  },
});
