import { FarmReceiptsSchema, IdParamsSchema, ReceiptCorrectionSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { correctReceipt } from "../../use-cases/producers/correct-receipt.js";

export default defineRoute({
  method: "patch",
  path: "/api/supply/receipts/:id",
  summary: "Correct a miscount of what came from a farm: the shortfalls of the households and the producer's statement follow; the audit log keeps the count replaced. Answers the month's receipts of that producer",
  tag: "producers",
  access: ["admin", "coordinator"],
  params: IdParamsSchema,
  body: ReceiptCorrectionSchema,
  response: FarmReceiptsSchema,
  async handler({ services, actor, params, body }) {
    return { body: await correctReceipt({ services, actor: actor!, id: params.id, input: body }) };
  },
});
