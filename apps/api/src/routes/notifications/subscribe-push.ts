import { PushDevicesSchema, PushSubscriptionInputSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { subscribePush } from "../../use-cases/notifications/push-subscriptions.js";

export default defineRoute({
  method: "post",
  path: "/api/push/subscriptions",
  summary: "Allow notifications on this device (a browser's Web Push subscription); a resident's own household consents to the channel",
  tag: "messages",
  access: "session",
  body: PushSubscriptionInputSchema,
  response: PushDevicesSchema,
  async handler({ services, actor, body }) {
    return { body: await subscribePush({ services, actor, endpoint: body.endpoint, keys: body.keys }) };
  },
});
