import { ContactPreferencesSchema, IdParamsSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { getContactPreferences } from "../../use-cases/notifications/contact-preferences.js";

export default defineRoute({
  method: "get",
  path: "/api/households/:id/contact-preferences",
  summary: "How a household wants to be told (channels with their consent dates, addresses, quiet hours, relay) and its latest messages",
  tag: "messages",
  access: ["admin", "coordinator", "resident", "relay"],
  params: IdParamsSchema,
  response: ContactPreferencesSchema,
  async handler({ services, actor, params }) {
    return { body: await getContactPreferences({ services, actor, householdId: params.id }) };
  },
});
