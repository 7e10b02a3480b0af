import type { Actor } from "../../auth/actor.js";
import { visibleTours } from "../../auth/scopes.js";
import type { Services } from "../../services.js";
import { tourSummaryInclude, tourSummaryView } from "./tour-views.js";

export async function listTours({ services, actor, from, to }: { services: Services; actor: Actor; from?: string | undefined; to?: string | undefined }) {
  const date = {
    ...(from ? { gte: new Date(`${from}T00:00:00Z`) } : {}),
    ...(to ? { lte: new Date(`${to}T00:00:00Z`) } : {}),
  };
  const tours = await services.db.prisma.tour.findMany({
    where: { AND: [visibleTours(actor), from || to ? { date } : {}] },
    include: tourSummaryInclude,
    orderBy: [{ date: "asc" }, { createdAt: "asc" }],
    take: 500,
  });
  return tours.map(tourSummaryView);
}
