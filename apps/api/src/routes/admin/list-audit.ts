import { AuditPageSchema, AuditQuerySchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { listAuditEntries } from "../../use-cases/admin/audit-log.js";

export default defineRoute({
  method: "get",
  path: "/api/admin/audit",
  summary: "Who changed what, newest first, by organisation, person and dates; `before` gives the next page (admins)",
  tag: "admin",
  access: ["admin"],
  query: AuditQuerySchema,
  response: AuditPageSchema,
  async handler({ services, query }) {
    return { body: await listAuditEntries({ services, query }) };
  },
});
