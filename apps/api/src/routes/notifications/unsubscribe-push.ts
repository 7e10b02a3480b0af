import { PushDevicesSchema, PushUnsubscribeInputSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { unsubscribePush } from "../../use-cases/notifications/push-subscriptions.js";

export default defineRoute({
  method: "post",
  path: "/api/push/subscriptions/remove",
  summary: "Stop notifications on this device",
  tag: "messages",
  access: "session",
  body: PushUnsubscribeInputSchema,
  response: PushDevicesSchema,
  async handler({ services, actor, body }) {
    return { body: await unsubscribePush({ services, actor, endpoint: body.endpoint }) };
  },
});
