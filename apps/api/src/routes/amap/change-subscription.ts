import { AmapMemberSchema, AmapSubscriptionPatchSchema, IdParamsSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { changeSubscription } from "../../use-cases/amap/subscriptions.js";

export default defineRoute({
  method: "patch",
  path: "/api/amap/subscriptions/:id",
  summary: "Change a membership (size, halt or home drop, solidarity basket) or end it; the open weeks' baskets follow",
  tag: "amap",
  access: ["admin", "coordinator", "resident", "relay"],
  params: IdParamsSchema,
  body: AmapSubscriptionPatchSchema,
  response: AmapMemberSchema,
  async handler({ services, actor, params, body }) {
    return { body: await changeSubscription({ services, actor, id: params.id, input: body }) };
  },
});
