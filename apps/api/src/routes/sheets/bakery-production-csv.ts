import { BakeryProductionQuerySchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { bakeryProductionCsv } from "../../use-cases/sheets/bakery-production.js";

export default defineRoute({
  method: "get",
  path: "/api/bakery-production.csv",
  summary: "A bakery's production list for a day, per tour and bread (CSV, semicolons, UTF-8)",
  tag: "sheets",
  access: ["admin", "coordinator"],
  query: BakeryProductionQuerySchema,
  async handler({ services, actor, query }) {
    return { text: await bakeryProductionCsv({ services, actor: actor!, ...query }), headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="production-${query.date}.csv"` } };
  },
});
