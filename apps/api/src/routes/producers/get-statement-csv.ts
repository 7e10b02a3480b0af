import { SupplyStatementCsvQuerySchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { statementCsv } from "../../use-cases/producers/statement-csv.js";

export default defineRoute({
  method: "get",
  path: "/api/supply/statement.csv",
  summary: "One producer's monthly statement with one grocery, for the accountant (CSV, semicolons, UTF-8, French headers and dates, decimal comma)",
  tag: "producers",
  access: ["admin", "coordinator", "producer"],
  query: SupplyStatementCsvQuerySchema,
  async handler({ services, actor, query }) {
    const { csv, filename } = await statementCsv({ services, actor: actor!, query });
    return { text: csv, headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="${filename}"` } };
  },
});
