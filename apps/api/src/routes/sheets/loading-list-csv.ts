import { IdParamsSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { loadingListCsv } from "../../use-cases/sheets/loading-list.js";

export default defineRoute({
  method: "get",
  path: "/api/tours/:id/loading-list.csv",
  summary: "Loading list of a tour per compartment, in reverse order of delivery (CSV, semicolons, UTF-8)",
  tag: "sheets",
  access: ["admin", "coordinator", "driver"],
  params: IdParamsSchema,
  async handler({ services, actor, params }) {
    return { text: await loadingListCsv({ services, actor: actor!, id: params.id }), headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="chargement-${params.id}.csv"` } };
  },
});
