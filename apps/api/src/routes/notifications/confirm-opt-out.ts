import { OptOutParamsSchema, OptOutViewSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { confirmOptOut } from "../../use-cases/notifications/opt-out.js";

export default defineRoute({
  method: "post",
  path: "/api/opt-out/:token",
  summary: "Stop messages on this channel at once (the link in an e-mail; also RFC 8058 one-click from mail clients)",
  tag: "messages",
  access: "public",
  csrfExempt: true,
  params: OptOutParamsSchema,
  response: OptOutViewSchema,
  async handler({ services, params }) {
    return { body: await confirmOptOut({ services, token: params.token }) };
  },
});
