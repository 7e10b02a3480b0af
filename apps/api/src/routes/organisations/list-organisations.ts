import { OrganisationSchema } from "@tournee/domain";
import { z } from "zod";
import { isAdmin } from "../../auth/actor.js";
import { defineRoute } from "../../http/route.js";

export default defineRoute({
  method: "get",
  path: "/api/organisations",
  summary: "Organisations the signed-in person belongs to (all of them for an admin)",
  tag: "organisations",
  access: "session",
  response: z.array(OrganisationSchema),
  async handler({ services, actor }) {
    const where = isAdmin(actor) ? {} : { id: { in: actor.memberships.map((m) => m.organisationId) } };
    const rows = await services.db.prisma.organisation.findMany({ where, orderBy: { name: "asc" } });
    return {
      body: rows.map(({ id, slug, name, kind, cutoffDaysBefore, cutoffMinute }) => ({ id, slug, name, kind, cutoffDaysBefore, cutoffMinute })),
    };
  },
});
