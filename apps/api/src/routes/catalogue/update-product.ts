import { IdParamsSchema, ProductPatchSchema, ProductSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { updateProduct } from "../../use-cases/catalogue/products.js";

export default defineRoute({
  method: "patch",
  path: "/api/products/:id",
  summary: "Change a product; placed orders keep the prices they were placed at",
  tag: "catalogue",
  access: ["admin", "coordinator"],
  params: IdParamsSchema,
  body: ProductPatchSchema,
  response: ProductSchema,
  async handler({ services, actor, params, body }) {
    return { body: await updateProduct({ services, actor: actor!, id: params.id, patch: body }) };
  },
});
