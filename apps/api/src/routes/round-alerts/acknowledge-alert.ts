import { AcknowledgeAlertInputSchema, IdParamsSchema, WellbeingAlertViewSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { acknowledgeAlert } from "../../use-cases/round-alerts/acknowledge-alert.js";

export default defineRoute({
  method: "post",
  path: "/api/wellbeing-alerts/:id/acknowledge",
  summary: "Acknowledge a driver's wellbeing concern, with an optional follow-up note (once; again answers alert_acknowledged)",
  tag: "rounds",
  access: ["admin", "coordinator"],
  params: IdParamsSchema,
  body: AcknowledgeAlertInputSchema,
  response: WellbeingAlertViewSchema,
  async handler({ services, actor, params, body }) {
    return { body: await acknowledgeAlert({ services, actor, alertId: params.id, followUp: body.followUp }) };
  },
});
