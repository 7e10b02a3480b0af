import { ImportKindParamsSchema, ImportRequestSchema, ImportResultSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { confirmImport } from "../../use-cases/imports/import-file.js";

export default defineRoute({
  method: "post",
  path: "/api/imports/:kind",
  summary: "Import a CSV file checked by the preview: every row in one transaction, or nothing (422 import_invalid)",
  tag: "imports",
  access: ["admin", "coordinator"],
  params: ImportKindParamsSchema,
  body: ImportRequestSchema,
  response: ImportResultSchema,
  async handler({ services, actor, params, body }) {
    return { body: await confirmImport({ services, actor: actor!, kind: params.kind, ...body }) };
  },
});
