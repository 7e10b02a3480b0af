import type { Actor } from "../../auth/actor.js";
import { coordinatedOrganisations } from "../../auth/scopes.js";
import { notFound } from "../../http/errors.js";
import type { Services } from "../../services.js";
import { templateInclude, templateView } from "./template-view.js";

export async function listTemplates({ services, actor }: { services: Services; actor: Actor }) {
  const rows = await services.db.prisma.tourTemplate.findMany({
    where: { organisationId: coordinatedOrganisations(actor) },
    include: templateInclude,
    orderBy: [{ weekday: "asc" }, { name: "asc" }],
    take: 500,
  });
  return rows.map(templateView);
}

/** A template the coordinator may manage, or 404. */
export async function findTemplate(services: Services, actor: Actor, id: string) {
  const row = await services.db.prisma.tourTemplate.findFirst({ where: { id, organisationId: coordinatedOrganisations(actor) }, include: templateInclude });
  if (!row) throw notFound("tour template");
  return row;
}
