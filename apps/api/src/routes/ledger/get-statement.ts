import { CreditStatementSchema, IdParamsSchema, LedgerStatementQuerySchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { getStatement } from "../../use-cases/ledger/get-statement.js";

export default defineRoute({
  method: "get",
  path: "/api/ledger/accounts/:id/statement",
  summary: "An account's monthly statement (default: this month): opening balance, entries from the account's side, closing balance",
  tag: "ledger",
  access: ["admin", "coordinator"],
  params: IdParamsSchema,
  query: LedgerStatementQuerySchema,
  response: CreditStatementSchema,
  async handler({ services, actor, params, query }) {
    return { body: await getStatement({ services, actor, id: params.id, ...(query.month ? { month: query.month } : {}) }) };
  },
});
