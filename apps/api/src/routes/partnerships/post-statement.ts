import { CreditClaimSchema, PooledStatementParamsSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { postPooledStatement } from "../../use-cases/partnerships/post-pooled-statement.js";

export default defineRoute({
  method: "post",
  path: "/api/partnerships/:id/statements/:month/post",
  summary: "The carrier posts a finished month's share to the mutual-credit ledger as a claim on the partner; posting again answers the claim already recorded (200)",
  tag: "partnerships",
  access: ["admin", "coordinator"],
  params: PooledStatementParamsSchema,
  response: CreditClaimSchema,
  successStatus: 201,
  async handler({ services, actor, params }) {
    const { claim, replayed } = await postPooledStatement({ services, actor, id: params.id, month: params.month });
    return { status: replayed ? 200 : 201, body: claim };
  },
});
