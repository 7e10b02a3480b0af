import { IdParamsSchema, LedgerStatementQuerySchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { statementCsv } from "../../use-cases/ledger/statement-csv.js";

export default defineRoute({
  method: "get",
  path: "/api/ledger/accounts/:id/statement.csv",
  summary: "An account's monthly statement for its accountant (CSV, semicolons, UTF-8, French headers)",
  tag: "ledger",
  access: ["admin", "coordinator"],
  params: IdParamsSchema,
  query: LedgerStatementQuerySchema,
  async handler({ services, actor, params, query }) {
    const { csv, month } = await statementCsv({ services, actor: actor!, id: params.id, ...(query.month ? { month: query.month } : {}) });
    return { text: csv, headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="releve-${month}.csv"` } };
  },
});
