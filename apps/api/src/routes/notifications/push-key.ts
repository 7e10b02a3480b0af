import { PushKeySchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { pushKey } from "../../use-cases/notifications/push-subscriptions.js";

export default defineRoute({
  method: "get",
  path: "/api/push/key",
  summary: "The server's VAPID public key for Web Push subscriptions (null when Web Push is not configured)",
  tag: "messages",
  access: "session",
  response: PushKeySchema,
  async handler({ services }) {
    return { body: pushKey(services) };
  },
});
