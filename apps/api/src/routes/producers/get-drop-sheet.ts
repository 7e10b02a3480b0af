import { DropChecklistQuerySchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { dropSheetHtml } from "../../use-cases/producers/drop-sheet.js";

export default defineRoute({
  method: "get",
  path: "/api/supply/drops/sheet",
  summary: "The receiving checklist at the warehouse for a delivery date, to print and fill in with a pen (HTML, A4)",
  tag: "sheets",
  access: ["admin", "coordinator"],
  query: DropChecklistQuerySchema,
  async handler({ services, actor, query }) {
    return { text: await dropSheetHtml({ services, actor: actor!, date: query.date }), headers: { "content-type": "text/html; charset=utf-8" } };
  },
});
