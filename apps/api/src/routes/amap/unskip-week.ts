import { AmapMemberSchema, AmapWeekParamsSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { setSkip } from "../../use-cases/amap/weeks.js";

export default defineRoute({
  method: "delete",
  path: "/api/amap/subscriptions/:id/skips/:week",
  summary: "Take back a skipped week before the cutoff of that week's passage: the basket goes on the round again",
  tag: "amap",
  access: ["admin", "coordinator", "resident", "relay"],
  params: AmapWeekParamsSchema,
  response: AmapMemberSchema,
  async handler({ services, actor, params }) {
    return { body: await setSkip({ services, actor, id: params.id, week: params.week, skipped: false }) };
  },
});
