import { MileageReportQuerySchema, MileageReportSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { mileageReport } from "../../use-cases/mileage/mileage-report.js";

export default defineRoute({
  method: "get",
  path: "/api/mileage-allowances",
  summary: "Mileage allowances owed to volunteers for their own cars in a month: per volunteer, each round's km and amount",
  tag: "vehicles",
  access: ["admin", "coordinator"],
  query: MileageReportQuerySchema,
  response: MileageReportSchema,
  async handler({ services, actor, query }) {
    return { body: await mileageReport({ services, actor: actor!, month: query.month, organisationId: query.organisationId }) };
  },
});
