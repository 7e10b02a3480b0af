import { IdParamsSchema, SharedPassageSchema } from "@tournee/domain";
import { z } from "zod";
import { defineRoute } from "../../http/route.js";
import { listSharedPassages } from "../../use-cases/partnerships/list-shared-passages.js";

export default defineRoute({
  method: "get",
  path: "/api/households/:id/shared-passages",
  summary: "A partner household's coming passages on the carriers' rounds: its parcels placed, and its usual halt's passages a partnership covers (date, place, time, round, carrier)",
  tag: "partnerships",
  access: ["admin", "coordinator"],
  params: IdParamsSchema,
  response: z.array(SharedPassageSchema),
  async handler({ services, actor, params }) {
    return { body: await listSharedPassages({ services, actor, householdId: params.id }) };
  },
});
