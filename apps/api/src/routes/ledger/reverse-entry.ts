import { CreditEntryReverseSchema, IdParamsSchema } from "@tournee/domain";
import { z } from "zod";
import { defineRoute } from "../../http/route.js";
import { reverseEntry } from "../../use-cases/ledger/reverse-entry.js";

export default defineRoute({
  method: "post",
  path: "/api/ledger/entries/:id/reverse",
  summary: "Correct an entry by its counter-entry (the credited member pays it back), once; the same key answers the same counter-entry",
  tag: "ledger",
  access: ["admin", "coordinator"],
  params: IdParamsSchema,
  body: CreditEntryReverseSchema,
  response: z.object({ entryId: z.uuid() }),
  successStatus: 201,
  async handler({ services, actor, params, body }) {
    const { entryId, replayed } = await reverseEntry({ services, actor, id: params.id, key: body.key, reason: body.reason });
    return { status: replayed ? 200 : 201, body: { entryId } };
  },
});
