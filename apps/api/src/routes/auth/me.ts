import { SessionSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { sessionBody } from "./session-reply.js";

export default defineRoute({
  method: "get",
  path: "/api/auth/me",
  summary: "Who is signed in, what they may act on, and the CSRF token for unsafe requests",
  tag: "auth",
  access: "session",
  response: SessionSchema,
  async handler({ actor }) {
    return { body: sessionBody(actor) };
  },
});
