import { SetPasswordRequestSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { setPassword } from "../../use-cases/set-password.js";

export default defineRoute({
  method: "put",
  path: "/api/auth/me/password",
  summary: "Choose one's password (the current one is asked when there is one); signs out the account's other sessions",
  tag: "auth",
  access: "session",
  body: SetPasswordRequestSchema,
  successStatus: 204,
  async handler({ services, actor, body }) {
    await setPassword({ services, actor: actor!, request: body });
    return { status: 204 };
  },
});
