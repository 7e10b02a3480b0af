import type { Actor } from "../../auth/actor.js";
import type { Services } from "../../services.js";
import { checkPlan } from "./check-plan.js";
import { coordinatedOrganisation } from "./coordinated-organisation.js";

export async function checkDay({ services, actor, date, organisationId }: { services: Services; actor: Actor; date: string; organisationId?: string | undefined }) {
  const organisation = await coordinatedOrganisation(services, actor, organisationId);
  return checkPlan(services, organisation.id, date);
}
