import { ContactPreferencesInputSchema, ContactPreferencesSchema, IdParamsSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { saveContactPreferences } from "../../use-cases/notifications/contact-preferences.js";

export default defineRoute({
  method: "put",
  path: "/api/households/:id/contact-preferences",
  summary: "Set a household's channels (each a consent, recorded or withdrawn now), addresses (French numbers stored in E.164), quiet hours and relay",
  tag: "messages",
  access: ["admin", "coordinator", "resident", "relay"],
  params: IdParamsSchema,
  body: ContactPreferencesInputSchema,
  response: ContactPreferencesSchema,
  async handler({ services, actor, params, body }) {
    return { body: await saveContactPreferences({ services, actor, householdId: params.id, input: body }) };
  },
});
