import { PullResponseSchema } from "@tournee/sync";
import { z } from "zod";
import { defineRoute } from "../../http/route.js";
import { pullChanges } from "../../use-cases/sync/pull-changes.js";

export default defineRoute({
  method: "get",
  path: "/api/sync/pull",
  summary: "Changes in the driver's rounds since a cursor, or `resync` when the cursor is unknown or too old",
  tag: "sync",
  access: ["driver"],
  query: z.strictObject({ cursor: z.string().max(40).optional() }),
  response: PullResponseSchema,
  async handler({ services, actor, query }) {
    return { body: await pullChanges({ services, actor: actor!, cursor: query.cursor }) };
  },
});
