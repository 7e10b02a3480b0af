import { DropChecklistSchema, DropReceiptInputSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { recordDrop } from "../../use-cases/producers/record-drop.js";

export default defineRoute({
  method: "post",
  path: "/api/supply/drops",
  summary: "Record what a producer brought to the warehouse on a delivery date (a product left out came as expected; counting again replaces the count): what is short reaches the households' orders and the producer's statement. Answers the date's checklist",
  tag: "producers",
  access: ["admin", "coordinator"],
  body: DropReceiptInputSchema,
  response: DropChecklistSchema,
  async handler({ services, actor, body }) {
    return { body: await recordDrop({ services, actor: actor!, input: body }) };
  },
});
