import { AmapBasketsQuerySchema, AmapMemberBasketsSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { memberBaskets } from "../../use-cases/amap/basket-views.js";

export default defineRoute({
  method: "get",
  path: "/api/amap/baskets",
  summary: "A household's AMAP baskets for the coming weeks: when and where each arrives, skipped or not, until when it can be skipped, what it holds",
  tag: "amap",
  access: ["admin", "coordinator", "resident", "relay"],
  query: AmapBasketsQuerySchema,
  response: AmapMemberBasketsSchema,
  async handler({ services, actor, query }) {
    return { body: await memberBaskets({ services, actor, householdId: query.householdId }) };
  },
});
