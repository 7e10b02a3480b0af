/**
 * Whose bread an organisation reads: a bakery, its own bread on every round that carries it;
 * any other organisation (a grocery), the bread its own rounds carry, whoever bakes it.
 */
import type { Actor } from "../../auth/actor.js";
import { notFound } from "../../http/errors.js";
import type { Services } from "../../services.js";
import { coordinatedOrganisation } from "../planning/coordinated-organisation.js";
import type { BreadScope } from "./bread-days.js";

export async function breadScopeFor(services: Services, actor: Actor, organisationId?: string) {
  const organisation = await coordinatedOrganisation(services, actor, organisationId);
  const scope: BreadScope = { reader: organisation.id, ...(organisation.kind === "solidarity_bakery" ? { bakeries: [organisation.id] } : { carriers: [organisation.id] }) };
  return { organisation, scope };
}

/** The bakery the console shows; 404 when it shows another kind of organisation. */
export async function consoleBakery(services: Services, actor: Actor) {
  const organisation = await coordinatedOrganisation(services, actor, undefined);
  if (organisation.kind !== "solidarity_bakery") throw notFound("bakery");
  return organisation;
}
