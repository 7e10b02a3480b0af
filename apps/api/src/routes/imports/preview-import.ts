import { ImportKindParamsSchema, ImportRequestSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { ImportReportSchema } from "../../use-cases/imports/import-errors.js";
import { previewImport } from "../../use-cases/imports/import-file.js";

export default defineRoute({
  method: "post",
  path: "/api/imports/:kind/preview",
  summary: "Check a CSV file of households, halts or products: rows read and every error by line and column; writes nothing",
  tag: "imports",
  access: ["admin", "coordinator"],
  params: ImportKindParamsSchema,
  body: ImportRequestSchema,
  response: ImportReportSchema,
  async handler({ services, actor, params, body }) {
    return { body: await previewImport({ services, actor: actor!, kind: params.kind, ...body }) };
  },
});
