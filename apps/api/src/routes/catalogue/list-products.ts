import { CatalogueListQuerySchema, ProductSchema } from "@tournee/domain";
import { z } from "zod";
import { defineRoute } from "../../http/route.js";
import { listProducts } from "../../use-cases/catalogue/products.js";

export default defineRoute({
  method: "get",
  path: "/api/products",
  summary: "Products of the organisations the coordinator manages",
  tag: "catalogue",
  access: ["admin", "coordinator"],
  query: CatalogueListQuerySchema,
  response: z.array(ProductSchema),
  async handler({ services, actor, query }) {
    return { body: await listProducts({ services, actor: actor!, query }) };
  },
});
