import { BakeryProductionQuerySchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { bakeryProductionHtml } from "../../use-cases/sheets/bakery-production.js";

export default defineRoute({
  method: "get",
  path: "/api/bakery-production",
  summary: "A bakery's production list for a day: how many of each bread for each tour (HTML, A4)",
  tag: "sheets",
  access: ["admin", "coordinator"],
  query: BakeryProductionQuerySchema,
  async handler({ services, actor, query }) {
    return { text: await bakeryProductionHtml({ services, actor: actor!, ...query }), headers: { "content-type": "text/html; charset=utf-8" } };
  },
});
