import { BakeryProductSchema } from "@tournee/domain";
import { z } from "zod";
import { defineRoute } from "../../http/route.js";
import { listBakeryCatalogue } from "../../use-cases/bakery/bakery-catalogue.js";

export default defineRoute({
  method: "get",
  path: "/api/bakery/catalogue",
  summary: "The bakery's products and prices, with the partners that offer each (edit them with /api/products)",
  tag: "bakery",
  access: ["admin", "coordinator"],
  response: z.array(BakeryProductSchema),
  async handler({ services, actor }) {
    return { body: await listBakeryCatalogue({ services, actor }) };
  },
});
