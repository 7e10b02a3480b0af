import { clearSessionCookie } from "../../auth/session-middleware.js";
import { destroySession } from "../../auth/session-store.js";
import { defineRoute } from "../../http/route.js";

export default defineRoute({
  method: "post",
  path: "/api/auth/logout",
  summary: "Sign out: ends the session",
  tag: "auth",
  access: "session",
  successStatus: 204,
  async handler({ actor, services, req, res }) {
    await destroySession(services.db.prisma, actor.sessionId);
    clearSessionCookie(req, res, services);
    return {};
  },
});
