import { ExportQuerySchema, ExportSchema, ImportKindParamsSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { exportCsv } from "../../use-cases/imports/export-csv.js";

export default defineRoute({
  method: "get",
  path: "/api/exports/:kind",
  summary: "Households, halts or products of an organisation as CSV (same columns as the import; `;`, UTF-8 with BOM)",
  tag: "imports",
  access: ["admin", "coordinator"],
  params: ImportKindParamsSchema,
  query: ExportQuerySchema,
  response: ExportSchema,
  async handler({ services, actor, params, query }) {
    return { body: await exportCsv({ services, actor: actor!, kind: params.kind, organisationId: query.organisationId }) };
  },
});
