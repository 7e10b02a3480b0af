import { LOCALES, SessionSchema } from "@tournee/domain";
import { z } from "zod";
import { defineRoute } from "../../http/route.js";
import { sessionBody } from "./session-reply.js";

export default defineRoute({
  method: "patch",
  path: "/api/auth/me",
  summary: "Change one's own preferences (language)",
  tag: "auth",
  access: "session",
  body: z.strictObject({ locale: z.enum(LOCALES) }),
  response: SessionSchema,
  async handler({ actor, body, services }) {
    await services.db.prisma.user.update({ where: { id: actor.userId }, data: { locale: body.locale } });
    return { body: sessionBody({ ...actor, locale: body.locale }) };
  },
});
