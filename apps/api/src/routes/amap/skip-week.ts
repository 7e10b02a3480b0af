import { AmapMemberSchema, AmapWeekParamsSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { setSkip } from "../../use-cases/amap/weeks.js";

export default defineRoute({
  method: "put",
  path: "/api/amap/subscriptions/:id/skips/:week",
  summary: "Skip a delivery week (its Monday) before the cutoff of that week's passage: the basket leaves the round, given away or delivered later per the contract",
  tag: "amap",
  access: ["admin", "coordinator", "resident", "relay"],
  params: AmapWeekParamsSchema,
  response: AmapMemberSchema,
  async handler({ services, actor, params }) {
    return { body: await setSkip({ services, actor, id: params.id, week: params.week, skipped: true }) };
  },
});
