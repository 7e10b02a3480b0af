import { CodeLoginRequestSchema, SessionSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { signInWithCode } from "../../use-cases/sign-in-with-code.js";
import { openSession } from "./session-reply.js";

export default defineRoute({
  method: "post",
  path: "/api/auth/login-code",
  summary: "Sign in with the 8-digit one-time code a coordinator gave",
  tag: "auth",
  access: "public",
  csrfExempt: true,
  body: CodeLoginRequestSchema,
  response: SessionSchema,
  async handler({ body, services, req, res }) {
    const { userId } = await signInWithCode({ services, code: body.code });
    return openSession(services, req, res, userId);
  },
});
