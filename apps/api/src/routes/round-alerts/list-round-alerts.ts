import { RoundAlertsQuerySchema, RoundAlertsSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { listRoundAlerts } from "../../use-cases/round-alerts/list-round-alerts.js";

export default defineRoute({
  method: "get",
  path: "/api/round-alerts",
  summary: "Wellbeing concerns and sync conflicts of the coordinator's rounds, by round date and status (open by default)",
  tag: "rounds",
  access: ["admin", "coordinator"],
  query: RoundAlertsQuerySchema,
  response: RoundAlertsSchema,
  async handler({ services, actor, query }) {
    return { body: await listRoundAlerts({ services, actor, query }) };
  },
});
