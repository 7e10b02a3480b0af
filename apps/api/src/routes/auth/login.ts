import { LoginRequestSchema, SessionSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { signIn } from "../../use-cases/sign-in.js";
import { openSession } from "./session-reply.js";

export default defineRoute({
  method: "post",
  path: "/api/auth/login",
  summary: "Sign in with e-mail and password; sets the session cookie",
  tag: "auth",
  access: "public",
  csrfExempt: true,
  body: LoginRequestSchema,
  response: SessionSchema,
  async handler({ body, services, req, res }) {
    const { userId } = await signIn({ services, email: body.email, password: body.password });
    return openSession(services, req, res, userId);
  },
});
