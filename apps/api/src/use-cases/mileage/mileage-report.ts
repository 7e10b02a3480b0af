/**
 * The mileage allowance owed to volunteers who drive their own car: for a month, every round of
 * their cars that was published, is under way or closed, at the km planned for it, times the
 * car's allowance per km (rounded to the cent per round). Rounds still being planned count nothing.
 */
import type { MileageReport } from "@tournee/domain";
import { monthKey } from "@tournee/domain/calendar";
import type { Actor } from "../../auth/actor.js";
import type { Services } from "../../services.js";
import { isoDate } from "../../db/db-date.js";
import { coordinatedOrganisation } from "../planning/coordinated-organisation.js";

/** Cents owed for `distanceM` at `centsPerKm` (null: no allowance set). */
export const allowanceCents = (distanceM: number, centsPerKm: number | null) => (centsPerKm === null ? 0 : Math.round((distanceM * centsPerKm) / 1000));

/** The first day of `month` and of the month after, as database dates. */
function monthBounds(month: string): [Date, Date] {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return [new Date(Date.UTC(y, m - 1, 1)), new Date(Date.UTC(y, m, 1))];
}

export async function mileageReport({ services, actor, month, organisationId }: { services: Services; actor: Actor; month?: string | undefined; organisationId?: string | undefined }): Promise<MileageReport> {
  const organisation = await coordinatedOrganisation(services, actor, organisationId);
  const chosen = month ?? monthKey(services.now(), organisation.timeZone);
  const [from, to] = monthBounds(chosen);
  const cars = await services.db.prisma.vehicle.findMany({
    where: { organisationId: organisation.id, ownerId: { not: null } },
    include: { owner: { select: { id: true, displayName: true } } },
    orderBy: { name: "asc" },
  });
  const tours = await services.db.prisma.tour.findMany({
    where: { organisationId: organisation.id, vehicleId: { in: cars.map((c) => c.id) }, date: { gte: from, lt: to }, status: { in: ["published", "in_progress", "closed"] } },
    include: { driver: { select: { displayName: true } } },
    orderBy: [{ date: "asc" }, { id: "asc" }],
  });
  const owners = new Map<string, MileageReport["owners"][number]>();
  for (const car of cars) {
    const owner = car.owner!;
    const entry = owners.get(owner.id) ?? { owner, vehicles: [], rounds: [], distanceM: 0, amountCents: 0 };
    entry.vehicles.push({ id: car.id, name: car.name, allowanceCentsPerKm: car.mileageAllowanceCents });
    for (const tour of tours.filter((t) => t.vehicleId === car.id)) {
      const distanceM = tour.plannedDistanceM ?? 0;
      const amountCents = allowanceCents(distanceM, car.mileageAllowanceCents);
      entry.rounds.push({ tourId: tour.id, date: isoDate(tour.date), status: tour.status as "published" | "in_progress" | "closed", vehicle: { id: car.id, name: car.name }, driverName: tour.driver?.displayName ?? null, distanceM, amountCents });
      entry.distanceM += distanceM;
      entry.amountCents += amountCents;
    }
    owners.set(owner.id, entry);
  }
  const list = [...owners.values()].map((o) => ({ ...o, rounds: o.rounds.sort((a, b) => a.date.localeCompare(b.date)) })).sort((a, b) => a.owner.displayName.localeCompare(b.owner.displayName, "fr"));
  return { month: chosen, organisationId: organisation.id, owners: list, totalCents: list.reduce((sum, o) => sum + o.amountCents, 0) };
}
