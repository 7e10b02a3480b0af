import { OptOutParamsSchema, OptOutViewSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { viewOptOut } from "../../use-cases/notifications/opt-out.js";

export default defineRoute({
  method: "get",
  path: "/api/opt-out/:token",
  summary: "What the opt-out link of a message stops (no sign-in: the link is the key)",
  tag: "messages",
  access: "public",
  params: OptOutParamsSchema,
  response: OptOutViewSchema,
  async handler({ services, params }) {
    return { body: await viewOptOut({ services, token: params.token }) };
  },
});
