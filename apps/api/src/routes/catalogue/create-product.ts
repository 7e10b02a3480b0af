import { ProductInputSchema, ProductSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { createProduct } from "../../use-cases/catalogue/products.js";

export default defineRoute({
  method: "post",
  path: "/api/products",
  summary: "Add a product with its reference (normal) price",
  tag: "catalogue",
  access: ["admin", "coordinator"],
  body: ProductInputSchema,
  response: ProductSchema,
  successStatus: 201,
  async handler({ services, actor, body }) {
    return { body: await createProduct({ services, actor: actor!, input: body }) };
  },
});
