import { CommuneStatsQuerySchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { organisationCommuneStatsCsv } from "../../use-cases/communes/commune-stats.js";

export default defineRoute({
  method: "get",
  path: "/api/commune-stats.csv",
  summary: "The same figures for funders (CSV, semicolons, UTF-8; counts below 5 written \"< 5\")",
  tag: "communes",
  access: ["admin", "coordinator"],
  query: CommuneStatsQuerySchema,
  async handler({ services, actor, query }) {
    const csv = await organisationCommuneStatsCsv({ services, actor: actor!, months: query.months });
    return { text: csv, headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="communes.csv"` } };
  },
});
