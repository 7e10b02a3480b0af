import { IdParamsSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { loadingListHtml } from "../../use-cases/sheets/loading-list.js";

export default defineRoute({
  method: "get",
  path: "/api/tours/:id/loading-list",
  summary: "Loading list of a tour per compartment, in reverse order of delivery (HTML, prints on A4)",
  tag: "sheets",
  access: ["admin", "coordinator", "driver"],
  params: IdParamsSchema,
  async handler({ services, actor, params }) {
    return { text: await loadingListHtml({ services, actor: actor!, id: params.id }), headers: { "content-type": "text/html; charset=utf-8" } };
  },
});
