import type { Actor } from "../../auth/actor.js";
import { visibleHouseholds } from "../../auth/scopes.js";
import type { Services } from "../../services.js";
import { householdView, readsAccessNotes } from "./household-view.js";

export async function listHouseholds({ services, actor, search, city }: { services: Services; actor: Actor; search?: string | undefined; city?: string | undefined }) {
  const rows = await services.db.prisma.household.findMany({
    where: {
      AND: [
        visibleHouseholds(actor),
        search ? { name: { contains: search, mode: "insensitive" } } : {},
        city ? { city: { equals: city, mode: "insensitive" } } : {},
      ],
    },
    orderBy: [{ city: "asc" }, { name: "asc" }],
    take: 1000,
  });
  return rows.map((h) => householdView(h, { accessNotes: readsAccessNotes(actor, h) }));
}
