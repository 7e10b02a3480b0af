/** A coordinator of several organisations, or an admin, changes the organisation their console shows. */
import { maySwitchTo, type Actor } from "../auth/actor.js";
import { setActiveOrganisation } from "../auth/session-store.js";
import { notFound } from "../http/errors.js";
import type { Services } from "../services.js";

export async function switchOrganisation({ services, actor, organisationId }: { services: Services; actor: Actor; organisationId: string }): Promise<Actor> {
  const organisation = maySwitchTo(actor, organisationId) ? await services.db.prisma.organisation.findUnique({ where: { id: organisationId } }) : null;
  if (!organisation) throw notFound("organisation");
  await setActiveOrganisation(services.db.prisma, actor.sessionId, organisation.id);
  return { ...actor, activeOrganisation: { id: organisation.id, name: organisation.name, kind: organisation.kind } };
}
