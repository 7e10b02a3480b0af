import { AmapMemberSchema, AmapSubscriptionInputSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { subscribe } from "../../use-cases/amap/subscriptions.js";

export default defineRoute({
  method: "post",
  path: "/api/amap/subscriptions",
  summary: "Join an AMAP contract: the member (or their relay), or the AMAP's coordinator by phone; size, halt or home drop, solidarity basket",
  tag: "amap",
  access: ["admin", "coordinator", "resident", "relay"],
  body: AmapSubscriptionInputSchema,
  response: AmapMemberSchema,
  successStatus: 201,
  async handler({ services, actor, body }) {
    return { status: 201, body: await subscribe({ services, actor, input: body }) };
  },
});
