/** The organisation a coordinator acts on: the one named, or the one their console shows. Outside their scope: 404. */
import { consoleOrganisations, type Actor } from "../../auth/actor.js";
import { notFound } from "../../http/errors.js";
import type { Services } from "../../services.js";

export async function coordinatedOrganisation(services: Services, actor: Actor, organisationId: string | undefined) {
  const id = organisationId ?? actor.activeOrganisation?.id;
  if (!id || !consoleOrganisations(actor).includes(id)) throw notFound("organisation");
  const organisation = await services.db.prisma.organisation.findUnique({ where: { id } });
  if (!organisation) throw notFound("organisation");
  return organisation;
}

/** `HH:MM` of a minute of the day, clamped to the day. */
export function timeOfMinute(minute: number): string {
  const m = Math.min(Math.max(minute, 0), 1439);
  return `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
}

export { dbDate, isoDate } from "../../db/db-date.js";
