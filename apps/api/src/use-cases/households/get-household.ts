import type { Actor } from "../../auth/actor.js";
import { visibleHouseholds } from "../../auth/scopes.js";
import { notFound } from "../../http/errors.js";
import type { Services } from "../../services.js";
import { householdView, readsAccessNotes } from "./household-view.js";

export async function getHousehold({ services, actor, id }: { services: Services; actor: Actor; id: string }) {
  const household = await services.db.prisma.household.findFirst({ where: { AND: [{ id }, visibleHouseholds(actor)] } });
  if (!household) throw notFound("household");
  return householdView(household, { accessNotes: readsAccessNotes(actor, household) });
}
