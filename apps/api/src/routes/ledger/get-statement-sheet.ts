import { IdParamsSchema, LedgerStatementQuerySchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { statementSheet } from "../../use-cases/ledger/statement-sheet.js";

export default defineRoute({
  method: "get",
  path: "/api/ledger/accounts/:id/statement/sheet",
  summary: "An account's monthly statement for its accountant, printable on A4 or saved as PDF from the browser (HTML, French)",
  tag: "ledger",
  access: ["admin", "coordinator"],
  params: IdParamsSchema,
  query: LedgerStatementQuerySchema,
  async handler({ services, actor, params, query }) {
    return { text: await statementSheet({ services, actor: actor!, id: params.id, ...(query.month ? { month: query.month } : {}) }), headers: { "content-type": "text/html; charset=utf-8" } };
  },
});
