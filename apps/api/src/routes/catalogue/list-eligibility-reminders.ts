import { EligibilityReminderSchema } from "@tournee/domain";
import { z } from "zod";
import { defineRoute } from "../../http/route.js";
import { listEligibilityReminders } from "../../use-cases/catalogue/eligibility-reminders.js";

export default defineRoute({
  method: "get",
  path: "/api/eligibility-reminders",
  summary: "Eligibilities to renew: ending within 30 days or expired (referrer: those they filed; coordinator: their grocery's)",
  tag: "catalogue",
  access: ["admin", "coordinator", "referrer"],
  response: z.array(EligibilityReminderSchema),
  async handler({ services, actor }) {
    return { body: await listEligibilityReminders({ services, actor: actor! }) };
  },
});
