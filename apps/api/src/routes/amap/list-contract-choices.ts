import { AmapContractChoicesSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { contractChoices } from "../../use-cases/amap/change-contract.js";

export default defineRoute({
  method: "get",
  path: "/api/amap/contract-choices",
  summary: "What an AMAP's (or a producer's) console may choose when it starts a contract: the producers and the groceries whose rounds carry the baskets",
  tag: "amap",
  access: ["admin", "coordinator"],
  response: AmapContractChoicesSchema,
  async handler({ services, actor }) {
    return { body: await contractChoices({ services, actor }) };
  },
});
