import { GeneratePassagesResultSchema, GeneratePassagesSchema, IdParamsSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { generatePassages } from "../../use-cases/templates/generate-passages.js";

export default defineRoute({
  method: "post",
  path: "/api/tour-templates/:id/generate",
  summary: "Create the passages of the round's dates in a period (idempotent), skipping exceptions",
  tag: "templates",
  access: ["admin", "coordinator"],
  params: IdParamsSchema,
  body: GeneratePassagesSchema,
  response: GeneratePassagesResultSchema,
  async handler({ services, actor, params, body }) {
    return { body: await generatePassages({ services, actor: actor!, id: params.id, ...body }) };
  },
});
