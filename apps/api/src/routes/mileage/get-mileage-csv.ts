import { MileageReportQuerySchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { mileageCsv } from "../../use-cases/mileage/mileage-csv.js";

export default defineRoute({
  method: "get",
  path: "/api/mileage-allowances.csv",
  summary: "The month's mileage allowances, one line per round and a total per volunteer (CSV, semicolons, UTF-8, French headers and dates)",
  tag: "vehicles",
  access: ["admin", "coordinator"],
  query: MileageReportQuerySchema,
  async handler({ services, actor, query }) {
    const { csv, month } = await mileageCsv({ services, actor: actor!, month: query.month, organisationId: query.organisationId });
    return { text: csv, headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="indemnites-kilometriques-${month}.csv"` } };
  },
});
