import { IdParamsSchema, ResolveConflictInputSchema, SyncConflictViewSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { resolveConflict } from "../../use-cases/round-alerts/resolve-conflict.js";

export default defineRoute({
  method: "post",
  path: "/api/sync-conflicts/:id/resolve",
  summary: "Resolve a sync conflict, saying what was done (once; again answers conflict_resolved)",
  tag: "rounds",
  access: ["admin", "coordinator"],
  params: IdParamsSchema,
  body: ResolveConflictInputSchema,
  response: SyncConflictViewSchema,
  async handler({ services, actor, params, body }) {
    return { body: await resolveConflict({ services, actor, conflictId: params.id, resolution: body.resolution }) };
  },
});
