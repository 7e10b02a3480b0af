import { SessionSchema, SwitchOrganisationSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { switchOrganisation } from "../../use-cases/switch-organisation.js";
import { sessionBody } from "./session-reply.js";

export default defineRoute({
  method: "put",
  path: "/api/auth/me/organisation",
  summary: "Choose the organisation the console shows (one the person coordinates; any for an admin); answers the session",
  tag: "auth",
  access: ["admin", "coordinator"],
  body: SwitchOrganisationSchema,
  response: SessionSchema,
  async handler({ services, actor, body }) {
    return { body: sessionBody(await switchOrganisation({ services, actor, organisationId: body.organisationId })) };
  },
});
