import { PushRequestSchema, PushResponseSchema } from "@tournee/sync";
import { defineRoute } from "../../http/route.js";
import { pushMutations } from "../../use-cases/sync/push-mutations.js";

export default defineRoute({
  method: "post",
  path: "/api/sync/push",
  summary: "Apply a device's offline changes exactly once, in its order; each one answered applied, rejected (with why) or deferred",
  tag: "sync",
  access: ["driver"],
  body: PushRequestSchema,
  decidesEachItem: true,
  response: PushResponseSchema,
  async handler({ services, actor, body }) {
    return { body: await pushMutations({ services, actor: actor!, request: body }) };
  },
});
