import { IdParamsSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { tourSheetHtml } from "../../use-cases/sheets/tour-sheet.js";

export default defineRoute({
  method: "get",
  path: "/api/tours/:id/sheet",
  summary: "The driver's printable tour sheet: stops, times, what to hand over to whom, access notes (HTML, A4)",
  tag: "sheets",
  access: ["admin", "coordinator", "driver"],
  params: IdParamsSchema,
  async handler({ services, actor, params }) {
    return { text: await tourSheetHtml({ services, actor: actor!, id: params.id }), headers: { "content-type": "text/html; charset=utf-8" } };
  },
});
